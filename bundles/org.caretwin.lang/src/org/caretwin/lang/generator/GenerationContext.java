package org.caretwin.lang.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.interpret.BranchShares;
import org.caretwin.lang.interpret.ModelIndex;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;

/** What the sections of one generated class share: the model, Java names, and the random sources used. */
final class GenerationContext {

	final Experiment experiment;
	final ModelIndex index;
	final BranchShares branches;
	private final Set<String> randomSources = new LinkedHashSet<>();

	GenerationContext(Experiment experiment) {
		this.experiment = experiment;
		this.index = ModelIndex.of(experiment.eResource());
		this.branches = new BranchShares(index);
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
		return index.engineName(step);
	}

	Cohort cohortOf(Step step) {
		return BranchShares.cohortOf(step);
	}
}
