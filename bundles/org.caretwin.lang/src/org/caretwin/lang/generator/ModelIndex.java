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
import org.caretwin.lang.workspace.ModelFiles;

/** The elements of an experiment's model: those of every file of the model ({@link ModelFiles}), in file order. */
final class ModelIndex {

	final List<Territory> territories = new ArrayList<>();
	final List<Calendar> calendars = new ArrayList<>();
	final List<Resource> resources = new ArrayList<>();
	final List<Cohort> cohorts = new ArrayList<>();
	final List<Pathway> pathways = new ArrayList<>();
	final List<Scenario> scenarios = new ArrayList<>();

	static ModelIndex of(Experiment experiment) {
		ModelIndex index = new ModelIndex();
		var own = experiment.eResource();
		for (org.eclipse.emf.ecore.resource.Resource file : ModelFiles.of(own).resources(own)) {
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

	Territory territory() {
		return territories.isEmpty() ? null : territories.get(0);
	}
}
