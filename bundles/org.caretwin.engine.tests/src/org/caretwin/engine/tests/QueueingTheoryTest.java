package org.caretwin.engine.tests;

import static org.caretwin.engine.TimeUnits.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.caretwin.engine.pathway.Kpis;
import org.caretwin.engine.random.Distribution;
import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.engine.stat.QueueingTheory;
import org.junit.jupiter.api.Test;

/** The engine against closed-form queueing results: the analytic value must lie in the 95% CI of 20 replications. */
class QueueingTheoryTest {

	private static final int REPLICATIONS = 20;

	private static void assertInside(double expected, ConfidenceInterval ci, String what) {
		System.out.printf("%s: analytic %.5f, simulated %.5f [%.5f, %.5f]%n", what, expected, ci.mean(), ci.low(), ci.high());
		assertTrue(ci.contains(expected), what + ": analytic " + expected + " outside " + ci);
	}

	@Test
	void mm1WaitMatchesTheory() {
		double lambda = 3;
		double mu = 5;
		Kpis[] runs = Replications.run(() -> new QueueModel(1 / lambda, new Distribution.Exponential(1 / mu), 1, false),
				11, REPLICATIONS, 100, 20_000);
		double wq = lambda / mu / (mu - lambda);
		assertInside(wq, Replications.interval(runs, "wait(Service)").scaled(DAY), "M/M/1 Wq (h)");
	}

	@Test
	void mmcWaitMatchesErlangC() {
		int c = 5;
		double lambda = 4.5;
		Kpis[] runs = Replications.run(() -> new QueueModel(1 / lambda, new Distribution.Exponential(1), c, false), 12,
				REPLICATIONS, 500, 50_000);
		double wq = QueueingTheory.erlangC(c, lambda) / (c - lambda);
		assertEquals(1.52499, wq, 1e-5);
		assertInside(wq, Replications.interval(runs, "wait(Service)").scaled(DAY), "M/M/5 Wq (h)");
		assertInside(lambda / c, Replications.interval(runs, "utilisation(Clerk)"), "M/M/5 utilisation");
	}

	@Test
	void md1WaitMatchesPollaczekKhinchine() {
		double rho = 0.8;
		Kpis[] runs = Replications.run(() -> new QueueModel(1 / rho, new Distribution.Constant(1), 1, false), 1,
				REPLICATIONS, 500, 50_000);
		double wq = rho / (2 * (1 - rho));
		assertInside(wq, Replications.interval(runs, "wait(Service)").scaled(DAY), "M/D/1 Wq (h)");
	}

	@Test
	void lossSystemWithLognormalStaysMatchesErlangB() {
		// 40 beds, 8 admissions a day, lognormal length of stay with mean 4.4 days: Erlang B is insensitive to the law.
		int beds = 40;
		double admissionsPerDay = 8;
		double meanStayDays = 4.4;
		Kpis[] runs = Replications.run(() -> new QueueModel(DAY / admissionsPerDay,
				new Distribution.Lognormal(meanStayDays * DAY, 2.9 * DAY), beds, true), 14, REPLICATIONS, 60 * DAY,
				2 * 365 * DAY);
		double blocking = QueueingTheory.erlangB(beds, admissionsPerDay * meanStayDays);
		assertEquals(0.0564, blocking, 5e-4);
		assertInside(blocking, Replications.interval(runs, "lost"), "Erlang B blocking");
	}

	@Test
	void impatientCustomersMatchErlangA() {
		// M/M/c+M: 5 servers at 1 an hour, 5.5 arrivals an hour (overloaded without abandonment), mean patience 2 h.
		int c = 5;
		double lambda = 5.5;
		double theta = 0.5;
		Kpis[] runs = Replications.run(() -> QueueModel.impatient(1 / lambda, new Distribution.Exponential(1), c,
				new Distribution.Exponential(1 / theta)), 17, REPLICATIONS, 500, 50_000);
		QueueingTheory.ErlangA theory = QueueingTheory.erlangA(c, lambda, 1, theta);
		assertEquals(0.1854, theory.abandonment(), 5e-4);
		assertInside(theory.abandonment(), Replications.interval(runs, "lost"), "Erlang A abandonment");
		assertInside(theory.meanQueue(), Replications.interval(runs, "resourceQueue(Clerk)"), "Erlang A queue");
		assertInside(lambda * (1 - theory.abandonment()) / c, Replications.interval(runs, "utilisation(Clerk)"),
				"Erlang A utilisation");
	}

	@Test
	void patienceLongerThanAnyWaitLosesNobody() {
		Kpis[] runs = Replications.run(() -> QueueModel.impatient(1 / 4.5, new Distribution.Exponential(1), 5,
				new Distribution.Constant(1e9)), 12, 3, 500, 50_000);
		Kpis[] patient = Replications.run(() -> new QueueModel(1 / 4.5, new Distribution.Exponential(1), 5, false), 12,
				3, 500, 50_000);
		for (int r = 0; r < runs.length; r++) {
			assertEquals(0, runs[r].get("lost"));
			assertEquals(patient[r].get("wait(Service)"), runs[r].get("wait(Service)"), "the same draws, the same waits");
		}
	}

	@Test
	void tandemNetworkSojournMatchesJackson() {
		Kpis[] runs = Replications.run(TandemModel::new, 15, REPLICATIONS, 200 * DAY, 20_000 * DAY);
		double surgeon = 1 / 0.6 + QueueingTheory.erlangC(2, 1 / 0.6) / (2 * 0.6 - 1);
		double anaesthesia = 1 / (1.25 - 1);
		assertEquals(5.4545, surgeon, 1e-4);
		assertEquals(4.0, anaesthesia, 1e-9);
		assertInside(surgeon + anaesthesia, Replications.interval(runs, "duration(pathway)"), "tandem sojourn (days)");
	}

	@Test
	void littlesLawHoldsInEveryReplication() {
		Kpis[] runs = Replications.run(() -> new QueueModel(1 / 4.5, new Distribution.Exponential(1), 5, false), 16, 5,
				500, 50_000);
		for (Kpis kpis : runs) {
			double arrivalsPerHour = kpis.get("arrivals") / 8760;
			double sojournHours = kpis.get("duration(pathway)") * 24;
			double l = kpis.get("inSystem");
			assertEquals(l, arrivalsPerHour * sojournHours, 0.02 * l, "L = lambda W");
		}
	}

	@Test
	void sameSeedGivesIdenticalResultsAndOtherSeedsDiffer() {
		Kpis[] a = Replications.run(TandemModel::new, 99, 3, 0, 2000 * DAY);
		Kpis[] b = Replications.run(TandemModel::new, 99, 3, 0, 2000 * DAY);
		Kpis[] c = Replications.run(TandemModel::new, 100, 3, 0, 2000 * DAY);
		for (int r = 0; r < 3; r++) {
			assertEquals(a[r].values(), b[r].values());
		}
		assertTrue(!a[0].values().equals(c[0].values()));
		assertTrue(!a[0].values().equals(a[1].values()), "replications use different substreams");
	}
}
