package org.caretwin.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.Test;

/**
 * The streams the engine chooses, tested as streams: pure functions of their keys, uniform, and without correlation
 * along a sequence, across replications, across patients and across the sources of one patient. Seeds are fixed,
 * so the statistics are deterministic; the bounds are those of a test at level 0.001.
 */
class RandomStreamsTest {

	private static final int N = 1_000_000;
	/** Chi-square with 99 degrees of freedom exceeds 148.2 with probability 0.001. */
	private static final double CHI_SQUARE_99_AT_0_001 = 148.2;
	/** |correlation| of N independent pairs exceeds 3.29 / sqrt(N) with probability 0.001. */
	private static final double CORRELATION_AT_0_001 = 3.29 / Math.sqrt(N);

	private final RandomStreams streams = new RandomStreams(20261203,
			List.of("arrivals:A", "placement:A", "Surgery:duration", "Stay:branch"));

	@Test
	void aStreamIsAPureFunctionOfSeedNameAndReplication() {
		RandomStreams otherSources = new RandomStreams(20261203, List.of("Surgery:duration", "arrivals:A", "Extra:delay"));
		RandomSource a = streams.sequence("arrivals:A", 3);
		RandomSource b = otherSources.sequence("arrivals:A", 3);
		for (int i = 0; i < 1000; i++) {
			assertEquals(a.nextUniform(), b.nextUniform(), 0);
		}
		long key = streams.sourceKey("Surgery:duration");
		assertEquals(key, otherSources.sourceKey("Surgery:duration"));
		assertNotEquals(key, new RandomStreams(20261204, List.of("Surgery:duration")).sourceKey("Surgery:duration"));
		assertThrows(IllegalArgumentException.class, () -> streams.sourceKey("Surgery:durations"));
	}

	@Test
	void sequencesAreUniformAndUncorrelated() {
		RandomSource arrivals = streams.sequence("arrivals:A", 0);
		double[] u = draws(N + 1, i -> arrivals.nextUniform());
		assertUniform(u);
		assertUncorrelated(u, 0, u, 1, "lag 1");
		RandomSource replication1 = streams.sequence("arrivals:A", 1);
		RandomSource otherSource = streams.sequence("placement:A", 0);
		assertUncorrelated(u, 0, draws(N, i -> replication1.nextUniform()), 0, "replications 0 and 1");
		assertUncorrelated(u, 0, draws(N, i -> otherSource.nextUniform()), 0, "two sources");
	}

	@Test
	void patientStreamsAreUniformAndUncorrelated() {
		long cohort = streams.cohortKey("A", 0);
		long surgery = streams.sourceKey("Surgery:duration");
		long branch = streams.sourceKey("Stay:branch");
		double[] first = draws(N + 1, p -> RandomStreams.patientUniform(surgery, RandomStreams.patientKey(cohort, p), 0));
		assertUniform(first);
		assertUncorrelated(first, 0, first, 1, "consecutive patients");
		assertUniformPairs(first);
		assertUncorrelated(first, 0,
				draws(N, p -> RandomStreams.patientUniform(surgery, RandomStreams.patientKey(cohort, p), 1)), 0,
				"a patient's first and second draws");
		assertUncorrelated(first, 0,
				draws(N, p -> RandomStreams.patientUniform(branch, RandomStreams.patientKey(cohort, p), 0)), 0,
				"two sources of a patient");
		long nextReplication = streams.cohortKey("A", 1);
		assertUncorrelated(first, 0,
				draws(N, p -> RandomStreams.patientUniform(surgery, RandomStreams.patientKey(nextReplication, p), 0)), 0,
				"the same patient in two replications");
		double[] longStream = draws(N, k -> RandomStreams.patientUniform(surgery, RandomStreams.patientKey(cohort, 7), k));
		assertUniform(longStream);
	}

	private static double[] draws(int count, IntToDoubleFunction draw) {
		double[] u = new double[count];
		for (int i = 0; i < count; i++) {
			u[i] = draw.applyAsDouble(i);
			assertTrue(u[i] > 0 && u[i] < 1, "a uniform inside (0,1)");
		}
		return u;
	}

	private static void assertUniform(double[] u) {
		long[] bins = new long[100];
		for (int i = 0; i < N; i++) {
			bins[(int) (u[i] * bins.length)]++;
		}
		assertChiSquare(bins, "uniformity");
	}

	/** Consecutive pairs fall evenly on a 10 x 10 grid of the unit square. */
	private static void assertUniformPairs(double[] u) {
		long[] bins = new long[100];
		for (int i = 0; i < N; i += 2) {
			bins[(int) (u[i] * 10) * 10 + (int) (u[i + 1] * 10)]++;
		}
		assertChiSquare(bins, "pairs");
	}

	private static void assertChiSquare(long[] bins, String what) {
		double expected = (double) java.util.Arrays.stream(bins).sum() / bins.length;
		double chiSquare = 0;
		for (long observed : bins) {
			chiSquare += (observed - expected) * (observed - expected) / expected;
		}
		assertTrue(chiSquare < CHI_SQUARE_99_AT_0_001, what + ": chi-square " + chiSquare);
	}

	private static void assertUncorrelated(double[] x, int xFrom, double[] y, int yFrom, String what) {
		double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
		for (int i = 0; i < N; i++) {
			double a = x[xFrom + i], b = y[yFrom + i];
			sx += a;
			sy += b;
			sxx += a * a;
			syy += b * b;
			sxy += a * b;
		}
		double r = (sxy - sx * sy / N) / Math.sqrt((sxx - sx * sx / N) * (syy - sy * sy / N));
		assertTrue(Math.abs(r) < CORRELATION_AT_0_001, what + ": correlation " + r);
	}
}
