package org.caretwin.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;

import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.engine.stat.QueueingTheory;
import org.junit.jupiter.api.Test;

/** The bench's peers simulate the same M/M/5 queue as CareTwin: their mean waits agree with Erlang C. */
class BenchPeersTest {

	private static final int SERVERS = 5;
	private static final double LAMBDA = 4.5;
	private static final double HORIZON = 200_000 / LAMBDA;
	private static final int REPLICATIONS = 10;

	private static void assertErlangC(String peer, IntFunction<QueueRun> replication) {
		double[] waits = new double[REPLICATIONS];
		for (int r = 0; r < REPLICATIONS; r++) {
			QueueRun run = replication.apply(r);
			// about two events per customer
			assertEquals(2 * LAMBDA * HORIZON, run.events(), 0.02 * 2 * LAMBDA * HORIZON, peer + " events");
			waits[r] = run.meanWait();
		}
		double erlangC = QueueingTheory.mmcWait(SERVERS, LAMBDA, 1);
		ConfidenceInterval ci = ConfidenceInterval.of(waits, 0.99);
		assertTrue(ci.contains(erlangC), peer + ": Erlang C " + erlangC + " outside " + ci);
	}

	@Test
	void ssjsEventViewAgreesWithErlangC() {
		SsjEventQueue ssj = new SsjEventQueue(SERVERS, LAMBDA, 1);
		assertErlangC("SSJ", r -> ssj.run(HORIZON, r));
	}

	@Test
	void thePracticalLimitLoopAgreesWithErlangC() {
		assertErlangC("practical limit", r -> PracticalLimitLoop.run(SERVERS, 1 / LAMBDA, 1, 1000 + r, HORIZON));
	}

	@Test
	void spreadIsMinimumMedianMaximum() {
		assertEquals(new Spread(1, 2.5, 4), Spread.of(new double[] { 4, 1, 3, 2 }));
		assertEquals(new Spread(1, 3, 9), Spread.of(new double[] { 9, 3, 1 }));
	}
}
