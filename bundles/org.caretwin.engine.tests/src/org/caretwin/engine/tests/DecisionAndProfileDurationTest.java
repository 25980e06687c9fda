package org.caretwin.engine.tests;

import static org.caretwin.engine.TimeUnits.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.caretwin.engine.pathway.Kpis;
import org.caretwin.engine.random.Distribution;
import org.caretwin.engine.random.RandomStreams;
import org.caretwin.engine.stat.ConfidenceInterval;
import org.junit.jupiter.api.Test;

/** Decisions route in zero time and without an event; durations by profile give the mixture's mean. */
class DecisionAndProfileDurationTest {

	private static final int REPLICATIONS = 20;

	private static void assertInside(double expected, ConfidenceInterval ci, String what) {
		System.out.printf("%s: analytic %.5f, simulated %.5f [%.5f, %.5f]%n", what, expected, ci.mean(), ci.low(), ci.high());
		assertTrue(ci.contains(expected), what + ": analytic " + expected + " outside " + ci);
	}

	@Test
	void aDecisionSplitsPoissonArrivalsIntoTwoMm1Queues() {
		double lambda = 4;
		double p = 0.3;
		double muA = 2;
		double muB = 4;
		Kpis[] runs = Replications.run(() -> new RoutingModel(lambda, p, muA, muB, true), 21, REPLICATIONS, 200, 20_000);
		// Poisson splitting: each queue is M/M/1 with arrival rate p*lambda or (1-p)*lambda; Wq = rho / (mu - lambda).
		double lambdaA = p * lambda;
		double lambdaB = (1 - p) * lambda;
		double wqA = lambdaA / muA / (muA - lambdaA);
		double wqB = lambdaB / muB / (muB - lambdaB);
		assertEquals(0.75, wqA, 1e-12);
		assertEquals(0.7 / 1.2, wqB, 1e-12);
		assertInside(wqA, Replications.interval(runs, "wait(A)").scaled(DAY), "decision -> M/M/1 A, Wq (h)");
		assertInside(wqB, Replications.interval(runs, "wait(B)").scaled(DAY), "decision -> M/M/1 B, Wq (h)");
		assertInside(lambdaA * 8760, Replications.interval(runs, "throughput(A)"), "throughput of A (/year)");
		assertInside(lambda * 8760, Replications.interval(runs, "throughput(Triage)"), "patients routed (/year)");
		assertInside(p, Replications.interval(runs, "routed(Triage,A)"), "share routed to A");
		assertInside(1 - p, Replications.interval(runs, "routed(Triage,B)"), "share routed to B");
		for (Kpis run : runs) {
			assertEquals(1, run.get("routed(Triage,A)") + run.get("routed(Triage,B)"), 1e-12, "every patient goes one way");
		}
		for (Kpis kpis : runs) {
			assertEquals(kpis.get("arrivals"), kpis.get("throughput(Triage)"), 1e-9, "every arrival is routed at once");
			assertEquals(0, kpis.get("inStep(Triage)"), 0, "nobody stays in a decision");
		}
	}

	@Test
	void aDecisionCostsNoEvent() {
		List<String> names = new RoutingModel(4, 0, 8, 5, true).randomSourceNames();
		RandomStreams streams = new RandomStreams(5, names);
		// With p = 0 the decision sends everyone to B, where patients without it start: the same patients, times, events.
		RoutingModel deciding = new RoutingModel(4, 0, 8, 5, true);
		RoutingModel direct = new RoutingModel(4, 0, 8, 5, false);
		Kpis withDecision = deciding.run(streams, 0, 0, 1000);
		Kpis without = direct.run(streams, 0, 0, 1000);
		assertTrue(without.get("arrivals") > 3000);
		assertEquals(direct.eventCount(), deciding.eventCount(), "the same events, with or without the decision");
		assertEquals(without.get("wait(B)"), withDecision.get("wait(B)"), 0);
		assertEquals(without.get("duration(pathway)"), withDecision.get("duration(pathway)"), 0);
	}

	@Test
	void durationsByProfileGiveTheMixtureMeanInService() {
		double lambda = 3;
		double[] shares = { 0.4, 0.6 };
		Kpis[] runs = Replications.run(() -> new ProfileMixModel(lambda, shares, new Distribution.Exponential(2),
				new Distribution.Exponential(5)), 22, REPLICATIONS, 100, 20_000);
		// M/G/infinity: the mean number in service is lambda * E[S], E[S] = 0.4 * 2 h + 0.6 * 5 h = 3.8 h.
		double meanService = 0.4 * 2 + 0.6 * 5;
		assertEquals(3.8, meanService, 1e-12);
		assertInside(lambda * meanService, Replications.interval(runs, "inStep(Stay)"), "M/G/inf L = lambda E[S]");
		assertInside(lambda * meanService * 8760, Replications.interval(runs, "busyHours(Bed)"), "busy hours (/year)");
	}
}
