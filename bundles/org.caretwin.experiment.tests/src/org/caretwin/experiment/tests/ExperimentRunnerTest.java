package org.caretwin.experiment.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.experiment.Expectation;
import org.caretwin.experiment.ExperimentPlan;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.junit.jupiter.api.Test;

class ExperimentRunnerTest {

	private static final ExperimentPlan PLAN = new ExperimentPlan("Clinic", List.of("Baseline", "ShorterVisits"), 200,
			5_000, 20, 20261122, List.of("wait(Visit)", "utilisation(Doctor)"), List.of());

	@Test
	void resultsDoNotDependOnTheNumberOfThreads() {
		ExperimentResult one = new ExperimentRunner(1).run(ClinicModel.FACTORY, PLAN);
		ExperimentResult two = new ExperimentRunner(2).run(ClinicModel.FACTORY, PLAN);
		ExperimentResult four = new ExperimentRunner(4).run(ClinicModel.FACTORY, PLAN);
		for (String scenario : PLAN.scenarios()) {
			for (String kpi : one.kpiNames()) {
				assertArrayEquals(one.values(scenario, kpi), two.values(scenario, kpi), kpi);
				assertArrayEquals(one.values(scenario, kpi), four.values(scenario, kpi), kpi);
			}
		}
	}

	@Test
	void commonRandomNumbersNarrowThePairedDifference() {
		ExperimentResult result = ExperimentRunner.onAllCores().run(ClinicModel.FACTORY, PLAN);
		ConfidenceInterval paired = result.difference("wait(Visit)", "ShorterVisits", "Baseline", 0.95).paired();
		double[] a = result.values("ShorterVisits", "wait(Visit)");
		double[] b = result.values("Baseline", "wait(Visit)");
		double unpairedHalfWidth = unpairedHalfWidth(a, b);
		System.out.printf("paired half-width %.5f, unpaired %.5f%n", paired.halfWidth(), unpairedHalfWidth);
		assertTrue(paired.high() < 0, "shorter visits shorten the wait: " + paired);
		assertTrue(paired.halfWidth() < 0.7 * unpairedHalfWidth,
				"paired " + paired.halfWidth() + " vs unpaired " + unpairedHalfWidth);
	}

	/** Half-width of the 95% interval of mean(a) − mean(b) treating the samples as independent (Welch). */
	private static double unpairedHalfWidth(double[] a, double[] b) {
		ConfidenceInterval ca = ConfidenceInterval.of(a, 0.95);
		ConfidenceInterval cb = ConfidenceInterval.of(b, 0.95);
		// Each half-width is t * s / sqrt(n) with the same n and t, so the combined one is their root sum of squares.
		return Math.hypot(ca.halfWidth(), cb.halfWidth());
	}

	@Test
	void expectationsAreEvaluated() {
		ExperimentPlan plan = new ExperimentPlan("Clinic", PLAN.scenarios(), 200, 5_000, 10, 7, List.of(), List.of(
				new Expectation.Threshold("expect wait(Visit) < 1 days", "t:1", "wait(Visit)",
						Expectation.Comparison.LESS, 1, null),
				new Expectation.Threshold("expect utilisation(Doctor) < 0.8", "t:2", "utilisation(Doctor)",
						Expectation.Comparison.LESS, 0.8, "Baseline"),
				new Expectation.Versus("expect ShorterVisits.wait(Visit) < Baseline.wait(Visit) with 95% confidence",
						"t:3", "wait(Visit)", "ShorterVisits", Expectation.Comparison.LESS, "Baseline", 0.95)));
		ExperimentResult result = ExperimentRunner.onAllCores().run(ClinicModel.FACTORY, plan);
		List<ExperimentResult.Verdict> verdicts = result.verdicts();
		assertEquals(3, verdicts.size());
		assertTrue(verdicts.get(0).holds(), verdicts.get(0).explanation());
		assertFalse(verdicts.get(1).holds(), "utilisation is 0.9: " + verdicts.get(1).explanation());
		assertTrue(verdicts.get(2).holds(), verdicts.get(2).explanation());
		assertFalse(result.allExpectationsHold());
	}
}
