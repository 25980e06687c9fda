package org.caretwin.lang.interpret;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.lang.care.Calendar;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.Element;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Innovation;
import org.caretwin.lang.care.Model;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.care.Scenario;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.care.Territory;
import org.caretwin.lang.workspace.ModelFiles;
import org.eclipse.xtext.EcoreUtil2;

/**
 * The elements of a model: those of every file of the model ({@link ModelFiles}), in file order. The generator and
 * the resolved-model builder read the model through it, so that both see the same files in the same order.
 */
public final class ModelIndex {

	public final List<Territory> territories = new ArrayList<>();
	public final List<Calendar> calendars = new ArrayList<>();
	public final List<Resource> resources = new ArrayList<>();
	public final List<Cohort> cohorts = new ArrayList<>();
	public final List<Pathway> pathways = new ArrayList<>();
	public final List<Innovation> innovations = new ArrayList<>();
	public final List<Scenario> scenarios = new ArrayList<>();
	public final List<Experiment> experiments = new ArrayList<>();
	public final List<org.eclipse.emf.ecore.resource.Resource> files = new ArrayList<>();

	private ModelIndex() {
	}

	/** The engine's name of {@code step} (in KPIs and random sources): its name, qualified when the model has several pathways. */
	public String engineName(Step step) {
		Pathway pathway = EcoreUtil2.getContainerOfType(step, Pathway.class);
		return pathways.size() > 1 ? pathway.getName() + "." + step.getName() : step.getName();
	}

	/** The elements of the model {@code member} (a file of it) belongs to. */
	public static ModelIndex of(org.eclipse.emf.ecore.resource.Resource member) {
		ModelIndex index = new ModelIndex();
		for (org.eclipse.emf.ecore.resource.Resource file : ModelFiles.of(member).resources(member)) {
			index.files.add(file);
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
				case Innovation i -> index.innovations.add(i);
				case Scenario s -> index.scenarios.add(s);
				case Experiment e -> index.experiments.add(e);
				default -> {
				}
				}
			}
		}
		return index;
	}

	/** The model's territory (the first, should a model declare several), or null. */
	public Territory territory() {
		return territories.isEmpty() ? null : territories.get(0);
	}
}
