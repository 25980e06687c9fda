package org.caretwin.experiment;

import java.util.List;

/**
 * What to run: scenarios, horizon and warm-up (hours), replications, base seed, KPIs to report and expectations.
 */
public record ExperimentPlan(String name, List<String> scenarios, double warmupHours, double horizonHours,
		int replications, long seed, List<String> reportedKpis, List<Expectation> expectations)
		implements java.io.Serializable {

	public ExperimentPlan {
		if (scenarios.isEmpty()) {
			throw new IllegalArgumentException("an experiment needs at least one scenario");
		}
		if (replications < 2) {
			throw new IllegalArgumentException("at least 2 replications are needed for a confidence interval");
		}
		if (!(horizonHours > 0) || warmupHours < 0) {
			throw new IllegalArgumentException("the horizon must be positive and the warm-up not negative");
		}
		scenarios = List.copyOf(scenarios);
		reportedKpis = List.copyOf(reportedKpis);
		expectations = List.copyOf(expectations);
	}

	public ExperimentPlan withReplications(int count) {
		return new ExperimentPlan(name, scenarios, warmupHours, horizonHours, count, seed, reportedKpis, expectations);
	}

	public ExperimentPlan withSeed(long newSeed) {
		return new ExperimentPlan(name, scenarios, warmupHours, horizonHours, replications, newSeed, reportedKpis,
				expectations);
	}
}
