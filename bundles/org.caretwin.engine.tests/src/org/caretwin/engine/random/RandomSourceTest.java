package org.caretwin.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import umontreal.ssj.rng.MRG32k3a;

/** The engine's own MRG32k3a recurrence draws exactly SSJ's numbers, stream by stream and substream by substream. */
class RandomSourceTest {

	@Test
	void everySourceDrawsSsjsNumbersBitForBit() {
		List<String> names = List.of("arrivals:A", "placement:A", "Surgery:duration", "Stay:branch");
		long seed = 20261122;
		RandomStreams streams = new RandomStreams(seed, names);
		MRG32k3a[] ssj = new MRG32k3a[names.size()];
		synchronized (MRG32k3a.class) {
			MRG32k3a.setPackageSeed(RandomStreams.packageSeed(seed));
			for (int i = 0; i < ssj.length; i++) {
				ssj[i] = new MRG32k3a();
			}
		}
		for (int replication : new int[] { 0, 1, 7 }) {
			RandomSource[] sources = streams.forReplication(replication);
			for (int i = 0; i < ssj.length; i++) {
				MRG32k3a expected = ssj[i].clone();
				expected.resetStartStream();
				for (int r = 0; r < replication; r++) {
					expected.resetNextSubstream();
				}
				for (int draw = 0; draw < 1_000_000; draw++) {
					double want = expected.nextDouble();
					double got = sources[i].nextUniform();
					if (Double.doubleToRawLongBits(want) != Double.doubleToRawLongBits(got)) {
						assertEquals(want, got, 0, "source " + i + ", replication " + replication + ", draw " + draw);
					}
				}
			}
		}
	}
}
