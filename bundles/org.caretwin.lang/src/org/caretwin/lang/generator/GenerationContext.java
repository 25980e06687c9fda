package org.caretwin.lang.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.caretwin.lang.care.Branch;
import org.caretwin.lang.care.BranchCase;
import org.caretwin.lang.care.BranchOverride;
import org.caretwin.lang.care.BranchTarget;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Scenario;
import org.caretwin.lang.care.ScenarioChange;
import org.caretwin.lang.care.Step;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;

/** What the sections of one generated class share: the model, Java names, and the random sources used. */
final class GenerationContext {

	final Experiment experiment;
	final ModelIndex index;
	private final Set<String> randomSources = new LinkedHashSet<>();

	GenerationContext(Experiment experiment) {
		this.experiment = experiment;
		this.index = ModelIndex.of(experiment);
	}

	private final JavaIdentifiers identifiers = new JavaIdentifiers();

	String className() {
		return JavaIdentifiers.className(experiment.getName());
	}

	/** The field or variable of a model element: {@code surgery}; with a role suffix, {@code surgeryDuration}. */
	String field(EObject element, String suffix) {
		return identifiers.of(element, suffix, baseField(element) + suffix);
	}

	String field(EObject element) {
		return field(element, "");
	}

	/** A constant of a model element: {@code AGE}; with a role suffix, {@code SURGERY_DURATION}. */
	String constant(EObject element, String suffix) {
		return identifiers.of(element, "CONSTANT" + suffix, JavaNames.constant(baseField(element)) + suffix);
	}

	/** A method for a model element, named by a verb: {@code newSurgery}, {@code buildHipKnee}. */
	String method(String verb, EObject element) {
		return identifiers.of(element, verb + "()", verb + JavaNames.type(baseField(element)));
	}

	/** A step's name prefixed by its pathway's when the model has several pathways; other elements' names. */
	private String baseField(EObject element) {
		if (element instanceof Step step && index.pathways.size() > 1) {
			Pathway pathway = EcoreUtil2.getContainerOfType(step, Pathway.class);
			return JavaNames.field(pathway.getName()) + JavaNames.type(step.getName());
		}
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return JavaNames.field((String) element.eGet(name));
	}

	/** Registers a random source and returns its name. */
	String source(String name) {
		randomSources.add(name);
		return name;
	}

	List<String> randomSources() {
		return new ArrayList<>(randomSources);
	}

	/** How KPIs written in the model name the steps of its pathways. */
	StepNames stepNames() {
		List<String> qualified = new ArrayList<>();
		index.pathways.forEach(p -> p.getSteps().forEach(s -> qualified.add(p.getName() + "." + s.getName())));
		return new StepNames(qualified);
	}

	/** Name of a step for KPIs and sources: its name, qualified when the model has several pathways. */
	String stepName(Step step) {
		Pathway pathway = EcoreUtil2.getContainerOfType(step, Pathway.class);
		return index.pathways.size() > 1 ? pathway.getName() + "." + step.getName() : step.getName();
	}

	Cohort cohortOf(Step step) {
		return EcoreUtil2.getContainerOfType(step, Pathway.class).getCohort();
	}

	/** Targets of a step's branch, including those only a scenario sends patients to, in order of appearance. */
	List<Step> branchTargets(Step step) {
		Set<Step> targets = new LinkedHashSet<>();
		if (step.getRoute() instanceof Branch branch) {
			branch.getCases().forEach(c -> c.getTargets().forEach(t -> targets.add(t.getStep())));
		}
		for (Scenario scenario : index.scenarios) {
			for (ScenarioChange change : scenario.getChanges()) {
				if (change instanceof BranchOverride override && override.getStep() == step) {
					override.getCases().forEach(c -> c.getTargets().forEach(t -> targets.add(t.getStep())));
				}
			}
		}
		return new ArrayList<>(targets);
	}

	/**
	 * Probabilities of each target for each profile of the cohort (one row per profile), from branch cases: a case
	 * for the profile, else a case without profile; 'otherwise' takes the rest.
	 */
	double[][] branchProbabilities(Step step, List<BranchCase> cases) {
		List<Step> targets = branchTargets(step);
		Cohort cohort = cohortOf(step);
		int profiles = Math.max(1, cohort.getProfiles().size());
		double[][] rows = new double[profiles][targets.size()];
		for (int p = 0; p < profiles; p++) {
			BranchCase chosen = null;
			for (BranchCase c : cases) {
				if (c.getCondition() != null) {
					continue; // conditional cases are decided per patient, see conditionalRow
				}
				boolean forThisProfile = c.getProfile() != null && !cohort.getProfiles().isEmpty()
						&& c.getProfile() == cohort.getProfiles().get(p);
				if (forThisProfile || (c.getProfile() == null && chosen == null)) {
					chosen = c;
				}
			}
			if (chosen != null) {
				rows[p] = row(chosen, targets);
			}
		}
		return rows;
	}

	/** Probabilities of each target in one case; 'otherwise' takes the rest. */
	double[] row(BranchCase branchCase, List<Step> targets) {
		double[] row = new double[targets.size()];
		double given = 0;
		int otherwise = -1;
		for (BranchTarget target : branchCase.getTargets()) {
			int t = targets.indexOf(target.getStep());
			if (target.isOtherwise()) {
				otherwise = t;
			} else {
				row[t] += target.getProbability().getValue() / 100;
				given += target.getProbability().getValue() / 100;
			}
		}
		if (otherwise >= 0) {
			row[otherwise] += Math.max(0, 1 - given);
		}
		return row;
	}
}
