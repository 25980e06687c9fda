package org.caretwin.engine.pathway;

import java.util.Arrays;

/** The mean rate of renewal arrivals, for estimates read before a run (static sizing, the size of a run). */
public final class ArrivalRate {

	private ArrivalRate() {
	}

	/**
	 * Mean arrivals per hour over a year of gaps of mean {@code gapMean} (at the mean rate), made seasonal by
	 * {@code monthlyFactor} (null for none): as {@link RenewalCohort} thins a process running at the peak rate.
	 */
	public static double meanPerHour(double gapMean, double[] monthlyFactor) {
		if (monthlyFactor == null) {
			return 1 / gapMean;
		}
		double peakFactor = Arrays.stream(monthlyFactor).max().orElse(1);
		double meanFactor = Arrays.stream(monthlyFactor).average().orElse(1);
		return meanFactor / peakFactor / (gapMean / peakFactor);
	}
}
