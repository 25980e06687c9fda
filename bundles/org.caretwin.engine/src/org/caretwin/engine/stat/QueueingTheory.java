package org.caretwin.engine.stat;

/** Closed-form results the simulations are checked against. */
public final class QueueingTheory {

	private QueueingTheory() {
	}

	/** Erlang B: blocking probability of an M/G/c/c loss system with offered load {@code a} (insensitive to G). */
	public static double erlangB(int c, double a) {
		double b = 1;
		for (int k = 1; k <= c; k++) {
			b = a * b / (k + a * b);
		}
		return b;
	}

	/** Erlang C: probability of waiting in M/M/c with offered load {@code a} = lambda / mu (a &lt; c). */
	public static double erlangC(int c, double a) {
		double b = erlangB(c, a);
		double rho = a / c;
		return b / (1 - rho * (1 - b));
	}

	/** Mean wait in queue of M/M/c with arrival rate {@code lambda} and service rate {@code mu}. */
	public static double mmcWait(int c, double lambda, double mu) {
		return erlangC(c, lambda / mu) / (c * mu - lambda);
	}
}
