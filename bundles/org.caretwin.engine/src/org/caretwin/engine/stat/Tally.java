package org.caretwin.engine.stat;

/** Observations of a quantity (DESMO-J's Tally): count, mean, variance, minimum, maximum. Allocation free. */
public final class Tally {

	private long count;
	private double sum;
	private double sumOfSquares;
	private double min = Double.POSITIVE_INFINITY;
	private double max = Double.NEGATIVE_INFINITY;

	public void add(double x) {
		count++;
		sum += x;
		sumOfSquares += x * x;
		if (x < min) {
			min = x;
		}
		if (x > max) {
			max = x;
		}
	}

	public void reset() {
		count = 0;
		sum = 0;
		sumOfSquares = 0;
		min = Double.POSITIVE_INFINITY;
		max = Double.NEGATIVE_INFINITY;
	}

	public long count() {
		return count;
	}

	public double sum() {
		return sum;
	}

	/** Mean of the observations; NaN when there are none. */
	public double mean() {
		return count == 0 ? Double.NaN : sum / count;
	}

	public double variance() {
		if (count < 2) {
			return Double.NaN;
		}
		double mean = sum / count;
		return Math.max(0, (sumOfSquares - count * mean * mean) / (count - 1));
	}

	public double min() {
		return count == 0 ? Double.NaN : min;
	}

	public double max() {
		return count == 0 ? Double.NaN : max;
	}
}
