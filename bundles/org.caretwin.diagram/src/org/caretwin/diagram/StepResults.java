package org.caretwin.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.lang.generator.StepNames;
import org.caretwin.lang.model.ResolvedModel;

/**
 * What a run measured at each step, for the badges a diagram shows after a run: the mean wait and the utilisation
 * of the step's busiest resource, and the share of patients each branch sent each way, in one scenario. Built from KPI means, so the diagram needs no run layer.
 *
 * @param scenario the scenario measured
 * @param byStep   figures by step id ({@code Pathway.Step})
 * @param routed   the observed share of each branch's flows, by branching step and target (NaN when none left)
 */
public record StepResults(String scenario, Map<String, Figures> byStep, Map<DiagramEdge.Routing, Double> routed) {

	/**
	 * @param meanWaitDays the mean wait for the step's resources (NaN when nobody waited)
	 * @param utilisation  the utilisation of its busiest limited resource (NaN when it has none)
	 * @param busiest      that resource, null when none
	 */
	public record Figures(double meanWaitDays, double utilisation, String busiest) {
	}

	public StepResults {
		byStep = Map.copyOf(byStep);
		routed = Map.copyOf(routed);
	}

	public Optional<Figures> of(String stepId) {
		return Optional.ofNullable(byStep.get(stepId));
	}

	/** The observed share of a branch's flow, if the run measured it. */
	public Optional<Double> routed(DiagramEdge.Routing routing) {
		return Optional.ofNullable(routed.get(routing)).filter(share -> !Double.isNaN(share));
	}

	/**
	 * The figures of every step of {@code model} in {@code scenario}, read with {@code meanOf} (a KPI's mean over the
	 * replications by its name, NaN when the run has none); decisions, which take no time, get none.
	 */
	public static StepResults measure(ResolvedModel model, String scenario, ToDoubleFunction<String> meanOf) {
		List<ResolvedModel.Step> steps = model.pathways().stream().flatMap(p -> p.steps().stream()).toList();
		StepNames names = new StepNames(steps.stream().map(ResolvedModel.Step::id).toList());
		Map<String, Figures> figures = new LinkedHashMap<>();
		Map<DiagramEdge.Routing, Double> routed = new LinkedHashMap<>();
		for (ResolvedModel.Step step : steps) {
			if (step.route() instanceof ResolvedModel.Branch branch) {
				for (String target : branch.targets()) {
					routed.put(new DiagramEdge.Routing(step.id(), target), meanOf.applyAsDouble(
							KpiCatalogue.ROUTED.of(names.engineName(step.id()) + "," + names.engineName(target))));
				}
			}
			if (step.decision()) {
				continue;
			}
			double wait = meanOf.applyAsDouble(KpiCatalogue.WAIT.of(names.engineName(step.id())));
			double busiest = Double.NaN;
			String busiestName = null;
			for (String resource : step.resources()) {
				double utilisation = meanOf.applyAsDouble(KpiCatalogue.UTILISATION.of(resource));
				if (!Double.isNaN(utilisation) && !(utilisation <= busiest)) {
					busiest = utilisation;
					busiestName = resource;
				}
			}
			figures.put(step.id(), new Figures(wait, busiest, busiestName));
		}
		return new StepResults(scenario, figures, routed);
	}
}
