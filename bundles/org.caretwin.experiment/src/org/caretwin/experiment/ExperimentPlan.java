package org.caretwin.experiment;

import java.util.Collection;
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

	/**
	 * Only the {@code chosen} scenarios, in the plan's order (the first of them is the baseline of the comparisons);
	 * the expectations about the others are left out.
	 */
	public ExperimentPlan withScenarios(Collection<String> chosen) {
		List<String> unknown = chosen.stream().filter(s -> !scenarios.contains(s)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("experiment " + name + " has no scenario " + String.join(", ", unknown)
					+ "; it runs " + String.join(", ", scenarios));
		}
		List<String> kept = scenarios.stream().filter(chosen::contains).toList();
		return new ExperimentPlan(name, kept, warmupHours, horizonHours, replications, seed, reportedKpis,
				expectations.stream().filter(e -> concernsOnly(e, kept)).toList());
	}

	private static boolean concernsOnly(Expectation expectation, List<String> kept) {
		return switch (expectation) {
		case Expectation.Threshold t -> t.scenario() == null || kept.contains(t.scenario());
		case Expectation.Versus v -> kept.contains(v.left()) && kept.contains(v.right());
		};
	}
}
