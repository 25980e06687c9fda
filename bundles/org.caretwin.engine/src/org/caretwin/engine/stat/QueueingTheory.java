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

	/**
	 * M/M/c+M (Erlang A): {@code c} servers, Poisson arrivals at {@code lambda}, exponential service at {@code mu} and
	 * exponential patience at {@code theta} (waiting customers leave at that rate each). Its birth-death chain is
	 * solved numerically, states beyond which the probabilities vanish being left out.
	 */
	public static ErlangA erlangA(int c, double lambda, double mu, double theta) {
		// p(n+1)/p(n) = lambda / (min(n+1, c) mu + max(0, n+1-c) theta): relative weights from p(0) = 1.
		double weight = 1;
		double total = 1;
		double queueWeight = 0;
		for (int n = 0; n < 1_000_000 && weight > 1e-18 * total; n++) {
			int next = n + 1;
			weight *= lambda / (Math.min(next, c) * mu + Math.max(0, next - c) * theta);
			total += weight;
			queueWeight += Math.max(0, next - c) * weight;
		}
		double queue = queueWeight / total;
		return new ErlangA(queue, theta * queue / lambda);
	}

	/** Mean number waiting and the share of arrivals who abandon (theta Lq / lambda). */
	public record ErlangA(double meanQueue, double abandonment) {
	}
}
