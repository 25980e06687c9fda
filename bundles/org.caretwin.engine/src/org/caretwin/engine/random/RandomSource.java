package org.caretwin.engine.random;

import umontreal.ssj.rng.RandomStream;

/** The uniform numbers of one source of randomness in one replication. */
public final class RandomSource {

	private final RandomStream stream;

	RandomSource(RandomStream stream) {
		this.stream = stream;
	}

	/** A uniform number in (0,1). */
	public double nextUniform() {
		return stream.nextDouble();
	}

	/** True with probability {@code p}. */
	public boolean bernoulli(double p) {
		return stream.nextDouble() < p;
	}

	/** A draw from {@code distribution} by inversion (one uniform per draw, which keeps scenarios synchronised). */
	public double sample(Distribution distribution) {
		return distribution.inverse(stream.nextDouble());
	}

	/** Index chosen with the given cumulative probabilities (the last one is taken as 1). */
	public int choose(double[] cumulative) {
		double u = stream.nextDouble();
		int last = cumulative.length - 1;
		for (int i = 0; i < last; i++) {
			if (u < cumulative[i]) {
				return i;
			}
		}
		return last;
	}
}
