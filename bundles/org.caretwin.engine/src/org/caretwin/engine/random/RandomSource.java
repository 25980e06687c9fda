package org.caretwin.engine.random;

/**
 * The uniform numbers of one source of randomness in one replication, in the order they are drawn (arrival gaps,
 * placements): a SplitMix64 stream with its own seed and increment (see {@link RandomStreams#sequence}).
 */
public final class RandomSource {

	private long state;
	private final long gamma;

	RandomSource(long seed, long gamma) {
		this.state = seed;
		this.gamma = gamma;
	}

	/** A uniform number in (0,1). */
	public double nextUniform() {
		return SplitMix.uniform(SplitMix.mix64(state += gamma));
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
		return Cumulative.indexOf(cumulative, nextUniform());
	}
}
