package org.caretwin.engine.random;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import umontreal.ssj.rng.MRG32k3a;

/**
 * One independent MRG32k3a stream per named source of randomness (an arrival process, a step duration, a branch),
 * with one substream per replication.
 * <p>
 * Streams are assigned to the sorted union of the source names of every scenario of an experiment, so the same
 * source draws the same numbers in every scenario: common random numbers. A replication is a pure function of the
 * seed, the source names and its index.
 */
public final class RandomStreams {

	private static final long M1 = 4294967087L;
	private static final long M2 = 4294944443L;

	private final long seed;
	private final Map<String, Integer> indexByName = new TreeMap<>();
	private final MRG32k3a[] streams;

	public RandomStreams(long seed, List<String> sourceNames) {
		this.seed = seed;
		for (String name : new java.util.TreeSet<>(sourceNames)) {
			indexByName.put(name, indexByName.size());
		}
		streams = new MRG32k3a[indexByName.size()];
		// MRG32k3a spaces its streams 2^127 apart from a package seed held in a static field, so they are created
		// under the class lock in one go: the result depends on the seed and the names only.
		synchronized (MRG32k3a.class) {
			MRG32k3a.setPackageSeed(packageSeed(seed));
			for (int i = 0; i < streams.length; i++) {
				streams[i] = new MRG32k3a();
			}
		}
	}

	/** Maps a 64-bit user seed to a valid MRG32k3a seed (three values below m1, three below m2, none all zero). */
	static long[] packageSeed(long seed) {
		SplittableRandom spread = new SplittableRandom(seed);
		long[] s = new long[6];
		for (int i = 0; i < 3; i++) {
			s[i] = 1 + spread.nextLong(M1 - 1);
			s[i + 3] = 1 + spread.nextLong(M2 - 1);
		}
		return s;
	}

	public long seed() {
		return seed;
	}

	public List<String> sourceNames() {
		return List.copyOf(indexByName.keySet());
	}

	/** Index of a source; the same for every scenario of the experiment. */
	public int indexOf(String sourceName) {
		Integer index = indexByName.get(sourceName);
		if (index == null) {
			throw new IllegalArgumentException("unknown random source '" + sourceName + "'; known: " + indexByName.keySet());
		}
		return index;
	}

	/** Fresh copies of all streams, each positioned at the start of substream {@code replication}. */
	public RandomSource[] forReplication(int replication) {
		RandomSource[] sources = new RandomSource[streams.length];
		for (int i = 0; i < streams.length; i++) {
			MRG32k3a stream = streams[i].clone();
			stream.resetStartStream();
			for (int r = 0; r < replication; r++) {
				stream.resetNextSubstream();
			}
			sources[i] = new RandomSource(stream.getState());
		}
		return sources;
	}

	@Override
	public String toString() {
		return "RandomStreams[seed=" + seed + ", sources=" + Arrays.toString(indexByName.keySet().toArray()) + "]";
	}
}
