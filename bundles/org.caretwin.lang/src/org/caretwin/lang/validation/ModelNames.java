package org.caretwin.lang.validation;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.lang.care.Model;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.care.Territory;
import org.caretwin.lang.care.Zone;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

/** The names of steps, resources and zones in the files loaded with an element, for checking KPI arguments. */
record ModelNames(List<String> steps, List<String> resources, List<String> zones) {

	static ModelNames of(EObject context) {
		List<String> steps = new ArrayList<>();
		List<String> resources = new ArrayList<>();
		List<String> zones = new ArrayList<>();
		var own = context.eResource();
		var files = own.getResourceSet() == null ? List.of(own) : own.getResourceSet().getResources();
		for (var file : files) {
			if (file.getContents().isEmpty() || !(file.getContents().get(0) instanceof Model model)) {
				continue;
			}
			for (Pathway pathway : EcoreUtil2.getAllContentsOfType(model, Pathway.class)) {
				pathway.getSteps().stream().map(Step::getName).forEach(steps::add);
			}
			EcoreUtil2.getAllContentsOfType(model, Resource.class).stream().map(Resource::getName).forEach(resources::add);
			for (Territory territory : EcoreUtil2.getAllContentsOfType(model, Territory.class)) {
				territory.getZones().stream().map(Zone::getName).forEach(zones::add);
			}
		}
		return new ModelNames(steps, resources, zones);
	}
}
