package org.caretwin.lang.validation;

import java.util.List;

import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.KpiRef;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.generator.KpiNames;
import org.caretwin.lang.interpret.BranchShares;
import org.caretwin.lang.interpret.ModelIndex;
import org.eclipse.xtext.validation.Check;

/**
 * {@code routed(Stay,InpatientRehab)} is counted only where a branch can send patients: its first step must branch
 * and its second be one of the targets (written in the step or in a scenario), else the run has no such indicator.
 */
public class RoutedKpiValidator extends ComposedCareValidator {

	public static final String NOT_A_ROUTE = "notARoute";

	@Check
	public void routedNamesABranchAndOneOfItsTargets(KpiRef kpi) {
		if (!KpiCatalogue.ROUTED.name().equals(kpi.getFamily()) || kpi.getArgument() == null) {
			return;
		}
		String[] pair = KpiNames.normalise(kpi.getArgument()).split(",");
		ModelNames names = ModelNames.of(kpi);
		if (pair.length != 2 || names.steps().resolve(pair[0]).name() == null || names.steps().resolve(pair[1]).name() == null) {
			return; // the argument check of every indicator says what is wrong
		}
		ModelIndex index = ModelIndex.of(kpi.eResource());
		Step from = step(index, names.steps().resolve(pair[0]).name());
		Step to = step(index, names.steps().resolve(pair[1]).name());
		if (from == null || to == null) {
			return;
		}
		List<Step> targets = new BranchShares(index).targets(from);
		String problem = targets.isEmpty() ? pair[0] + " has no branch: write routed(Step, Target) for a step with 'then branch' or a decision"
				: !targets.contains(to) ? pair[0] + "'s branch does not go to " + pair[1] + "; its targets: "
						+ targets.stream().map(Step::getName).toList()
				: null;
		if (problem != null) {
			error("In routed(" + pair[0] + "," + pair[1] + "): " + problem, kpi, CarePackage.Literals.KPI_REF__ARGUMENT,
					NOT_A_ROUTE);
		}
	}

	/** The step the engine names {@code engineName} ({@code Pathway.Step} when the model has several pathways). */
	private static Step step(ModelIndex index, String engineName) {
		for (Pathway pathway : index.pathways) {
			for (Step step : pathway.getSteps()) {
				if (index.engineName(step).equals(engineName)) {
					return step;
				}
			}
		}
		return null;
	}
}
