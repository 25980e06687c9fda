package org.caretwin.cli.bench;

import java.util.Arrays;

/** Minimum, median and maximum of repeated measurements. */
public record Spread(double min, double median, double max) {

	public static Spread of(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
		return new Spread(sorted[0], median, sorted[n - 1]);
	}
}
