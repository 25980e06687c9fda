package org.caretwin.lang.generator;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.lang.care.Calendar;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.Element;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Model;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.care.Scenario;
import org.caretwin.lang.care.Territory;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The elements of an experiment's model: its own file and every file it refers to, directly or through another
 * (a territory, shared resources), in load order. Unrelated files loaded alongside are left out.
 */
final class ModelIndex {

	final List<Territory> territories = new ArrayList<>();
	final List<Calendar> calendars = new ArrayList<>();
	final List<Resource> resources = new ArrayList<>();
	final List<Cohort> cohorts = new ArrayList<>();
	final List<Pathway> pathways = new ArrayList<>();
	final List<Scenario> scenarios = new ArrayList<>();

	static ModelIndex of(Experiment experiment) {
		ModelIndex index = new ModelIndex();
		for (org.eclipse.emf.ecore.resource.Resource file : referencedFiles(experiment.eResource())) {
			if (file.getContents().isEmpty() || !(file.getContents().get(0) instanceof Model model)) {
				continue;
			}
			for (Element element : model.getElements()) {
				switch (element) {
				case Territory t -> index.territories.add(t);
				case Calendar c -> index.calendars.add(c);
				case Resource r -> index.resources.add(r);
				case Cohort c -> index.cohorts.add(c);
				case Pathway p -> index.pathways.add(p);
				case Scenario s -> index.scenarios.add(s);
				default -> {
				}
				}
			}
		}
		return index;
	}

	private static List<org.eclipse.emf.ecore.resource.Resource> referencedFiles(org.eclipse.emf.ecore.resource.Resource start) {
		java.util.Set<org.eclipse.emf.ecore.resource.Resource> closure = new java.util.LinkedHashSet<>();
		java.util.Deque<org.eclipse.emf.ecore.resource.Resource> todo = new java.util.ArrayDeque<>(List.of(start));
		while (!todo.isEmpty()) {
			org.eclipse.emf.ecore.resource.Resource file = todo.pop();
			if (!closure.add(file)) {
				continue;
			}
			file.getAllContents().forEachRemaining(object -> {
				for (org.eclipse.emf.ecore.EObject target : object.eCrossReferences()) {
					if (target.eResource() != null && !target.eIsProxy() && !closure.contains(target.eResource())) {
						todo.add(target.eResource());
					}
				}
			});
		}
		ResourceSet set = start.getResourceSet();
		List<org.eclipse.emf.ecore.resource.Resource> ordered = new ArrayList<>(set == null ? List.of(start) : set.getResources());
		ordered.retainAll(closure);
		return ordered;
	}

	Territory territory() {
		return territories.isEmpty() ? null : territories.get(0);
	}
}
