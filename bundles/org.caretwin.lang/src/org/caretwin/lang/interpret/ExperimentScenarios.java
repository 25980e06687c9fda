package org.caretwin.lang.interpret;

import java.util.List;

import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Scenario;

/** The scenarios an experiment runs: those it compares, else all of the model's, else the implicit Baseline. */
public final class ExperimentScenarios {

	/** The scenario a model without scenarios runs. */
	public static final String DEFAULT = "Baseline";

	private ExperimentScenarios() {
	}

	public static List<String> of(Experiment experiment, ModelIndex index) {
		List<Scenario> chosen = experiment.getScenarios().isEmpty() ? index.scenarios : experiment.getScenarios();
		List<String> names = chosen.stream().map(Scenario::getName).toList();
		return names.isEmpty() ? List.of(DEFAULT) : names;
	}
}
