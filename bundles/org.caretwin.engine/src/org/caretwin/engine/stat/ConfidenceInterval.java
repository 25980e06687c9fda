package org.caretwin.engine.stat;

import umontreal.ssj.probdist.StudentDist;

/** A mean with its Student-t confidence interval over independent observations (replications). */
public record ConfidenceInterval(double mean, double low, double high, int n, double level) {

	/** The {@code level} (e.g. 0.95) interval of the mean of {@code values}; NaN values are ignored. */
	public static ConfidenceInterval of(double[] values, double level) {
		int n = 0;
		double sum = 0;
		for (double value : values) {
			if (!Double.isNaN(value)) {
				n++;
				sum += value;
			}
		}
		if (n == 0) {
			return new ConfidenceInterval(Double.NaN, Double.NaN, Double.NaN, 0, level);
		}
		double mean = sum / n;
		if (n == 1) {
			return new ConfidenceInterval(mean, Double.NaN, Double.NaN, 1, level);
		}
		double squares = 0;
		for (double value : values) {
			if (!Double.isNaN(value)) {
				squares += (value - mean) * (value - mean);
			}
		}
		double standardError = Math.sqrt(squares / (n - 1) / n);
		double t = StudentDist.inverseF(n - 1, 0.5 + level / 2);
		return new ConfidenceInterval(mean, mean - t * standardError, mean + t * standardError, n, level);
	}

	/** The same interval in another unit, e.g. days to hours with {@code factor} 24. */
	public ConfidenceInterval scaled(double factor) {
		return new ConfidenceInterval(mean * factor, low * factor, high * factor, n, level);
	}

	public double halfWidth() {
		return (high - low) / 2;
	}

	public boolean contains(double value) {
		return low <= value && value <= high;
	}
}
