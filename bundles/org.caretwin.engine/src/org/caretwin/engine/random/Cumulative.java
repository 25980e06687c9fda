package org.caretwin.engine.random;

import java.util.Arrays;

/**
 * Running sums over categories, from which one uniform draw picks a category (the first sum above it). Static
 * sizing uses the same sums as the engine's draws, so both give a category the same probability to the last bit.
 */
public final class Cumulative {

	private Cumulative() {
	}

	/** Running sums of {@code shares}; the last one is exactly 1 (one category of share 1 when there are none). */
	public static double[] ofShares(double[] shares) {
		double[] result = new double[Math.max(1, shares.length)];
		double running = 0;
		for (int i = 0; i < shares.length; i++) {
			running += shares[i];
			result[i] = running;
		}
		result[result.length - 1] = 1;
		return result;
	}

	/** Running sums of {@code weights} divided by their total (populations, for instance). */
	public static double[] ofWeights(double[] weights) {
		double total = Arrays.stream(weights).sum();
		double[] result = new double[weights.length];
		double running = 0;
		for (int i = 0; i < weights.length; i++) {
			running += weights[i] / total;
			result[i] = running;
		}
		return result;
	}

	/** The category of uniform {@code u}: the first running sum above it (the last one is taken as 1). */
	public static int indexOf(double[] cumulative, double u) {
		int last = cumulative.length - 1;
		for (int i = 0; i < last; i++) {
			if (u < cumulative[i]) {
				return i;
			}
		}
		return last;
	}
}
