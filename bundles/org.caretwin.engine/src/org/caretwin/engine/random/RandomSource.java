package org.caretwin.engine.random;

/**
 * The uniform numbers of one source of randomness in one replication: an MRG32k3a stream, started where SSJ's
 * {@code MRG32k3a} places the source's stream and substream.
 * <p>
 * The recurrence (L'Ecuyer, Operations Research 47(1), 1999) is computed here rather than through SSJ's
 * {@code RandomStream} because this is the engine's innermost loop: each component's remainder comes from one
 * multiplication by the reciprocal of the modulus and a one-step correction instead of a division. Every state value
 * is an integer below 2^53, so the remainder is exact and the numbers are bit for bit those of SSJ's
 * {@code MRG32k3a.nextDouble()} (checked by the engine's tests).
 */
public final class RandomSource {

	private static final double M1 = 4294967087.0;
	private static final double M2 = 4294944443.0;
	private static final double INVERSE_M1 = 1 / M1;
	private static final double INVERSE_M2 = 1 / M2;
	private static final double A12 = 1403580.0;
	private static final double A13N = 810728.0;
	private static final double A21 = 527612.0;
	private static final double A23N = 1370589.0;
	/** 1 / (M1 + 1), as SSJ scales its output. */
	private static final double NORM = 2.328306549295728e-10;

	private double x0;
	private double x1;
	private double x2;
	private double y0;
	private double y1;
	private double y2;

	/** Starts at an MRG32k3a state: three values below M1, then three below M2. */
	RandomSource(long[] state) {
		x0 = state[0];
		x1 = state[1];
		x2 = state[2];
		y0 = state[3];
		y1 = state[4];
		y2 = state[5];
	}

	/** A uniform number in (0,1). */
	public double nextUniform() {
		double p1 = A12 * x1 - A13N * x0;
		p1 -= Math.floor(p1 * INVERSE_M1) * M1;
		if (p1 < 0) {
			p1 += M1;
		} else if (p1 >= M1) {
			p1 -= M1;
		}
		x0 = x1;
		x1 = x2;
		x2 = p1;
		double p2 = A21 * y2 - A23N * y0;
		p2 -= Math.floor(p2 * INVERSE_M2) * M2;
		if (p2 < 0) {
			p2 += M2;
		} else if (p2 >= M2) {
			p2 -= M2;
		}
		y0 = y1;
		y1 = y2;
		y2 = p2;
		return p1 > p2 ? (p1 - p2) * NORM : (p1 - p2 + M1) * NORM;
	}

	/** True with probability {@code p}. */
	public boolean bernoulli(double p) {
		return nextUniform() < p;
	}

	/** A draw from {@code distribution} by inversion (one uniform per draw, which keeps scenarios synchronised). */
	public double sample(Distribution distribution) {
		return distribution.inverse(nextUniform());
	}

	/** Index chosen with the given cumulative probabilities (the last one is taken as 1). */
	public int choose(double[] cumulative) {
		double u = nextUniform();
		int last = cumulative.length - 1;
		for (int i = 0; i < last; i++) {
			if (u < cumulative[i]) {
				return i;
			}
		}
		return last;
	}
}
