package org.caretwin.engine.random;

/**
 * The SplitMix64 generator of {@code java.util.SplittableRandom} (Steele, Lea and Flood, OOPSLA 2014), written out
 * so that a stream is two longs and a draw is one addition and one mix: no object, no lock, no division. Sequences
 * are the values {@code mix64(seed + k * gamma)}; seeds and gammas of different streams are themselves mixed from
 * the experiment's seed and a source's name, so streams are pure functions of their keys.
 */
final class SplitMix {

	static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

	private SplitMix() {
	}

	static long mix64(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	/** An odd increment with enough bit transitions, as {@code SplittableRandom.split()} chooses one. */
	static long mixGamma(long z) {
		z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
		z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
		z = (z ^ (z >>> 33)) | 1L;
		return Long.bitCount(z ^ (z >>> 1)) < 24 ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
	}

	/** A uniform number strictly inside (0,1) from 53 random bits (centred, so never 0 nor 1). */
	static double uniform(long bits) {
		return ((bits >>> 11) + 0.5) * 0x1.0p-53;
	}

	/** A 64-bit key of a name (FNV-1a over its characters, then mixed). */
	static long key(String name) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < name.length(); i++) {
			h = (h ^ name.charAt(i)) * 0x100000001b3L;
		}
		return mix64(h);
	}
}
