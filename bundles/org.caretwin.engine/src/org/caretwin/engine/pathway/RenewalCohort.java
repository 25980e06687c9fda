package org.caretwin.engine.pathway;

import org.caretwin.engine.Simulation;
import org.caretwin.engine.TimeUnits;
import org.caretwin.engine.random.Distribution;
import org.caretwin.engine.random.RandomSource;
import org.caretwin.engine.random.SourceNames;

/**
 * Arrivals separated by independent gaps (Poisson arrivals when the gaps are exponential). An optional monthly
 * profile makes a Poisson rate seasonal, by thinning a process running at the peak rate.
 */
public class RenewalCohort extends Cohort {

	private final Distribution gap;
	private final RandomSource arrivals;
	private final RandomSource thinning;
	private final double[] monthlyFactor;
	private final double peakFactor;
	private final double meanRatePerHour;
	/** The rate's factor of the disruption windows open now, and the time of the arrival scheduled last. */
	private double rateFactor = 1;
	private double nextArrival;

	/**
	 * @param gap           time between arrivals (hours); for a seasonal cohort, at the mean rate
	 * @param monthlyFactor rate multiplier per calendar month (12 values, mean 1), or null for a constant rate
	 */
	public RenewalCohort(CareModel model, String name, Distribution gap, double[] monthlyFactor,
			double[] profileProbabilities, Step first) {
		super(model, name, profileProbabilities, first);
		if (!(gap.mean() > 0)) {
			// Gaps of mean zero would make arrivals without end at one instant: the clock would never move.
			throw new IllegalArgumentException("the arrivals of " + name + " have gaps of mean " + gap.mean()
					+ " h: the time between arrivals must be more than zero on average");
		}
		this.arrivals = model.random(SourceNames.arrivals(name));
		this.thinning = monthlyFactor == null ? null : model.random(SourceNames.seasonality(name));
		this.monthlyFactor = monthlyFactor == null ? null : monthlyFactor.clone();
		this.peakFactor = monthlyFactor == null ? 1 : java.util.Arrays.stream(monthlyFactor).max().orElse(1);
		this.gap = monthlyFactor == null ? gap : atPeak(gap, peakFactor);
		this.meanRatePerHour = ArrivalRate.meanPerHour(gap.mean(), monthlyFactor);
	}

	private static Distribution atPeak(Distribution gap, double peakFactor) {
		if (gap instanceof Distribution.Exponential e) {
			return new Distribution.Exponential(e.mean() / peakFactor);
		}
		throw new IllegalArgumentException("a seasonal profile needs Poisson arrivals (exponential gaps)");
	}

	@Override
	void start() {
		scheduleNext(arrivals.sample(gap) / rateFactor);
	}

	private void scheduleNext(double in) {
		nextArrival = model().now() + in;
		model().scheduleAt(nextArrival, this);
	}

	/** The time left to the next arrival shrinks or grows with the rate: exact for Poisson arrivals (memoryless). */
	@Override
	void scaleRate(double factor) {
		double now = model().now();
		rateFactor *= factor;
		scheduleNext((nextArrival - now) / factor);
	}

	@Override
	public void fire(Simulation simulation) {
		if (simulation.now() != nextArrival) {
			return; // an arrival moved by a change of rate: the one scheduled again replaces it
		}
		scheduleNext(arrivals.sample(gap) / rateFactor);
		if (monthlyFactor != null) {
			int month = (int) ((model().now() / TimeUnits.MONTH) % 12);
			if (!thinning.bernoulli(monthlyFactor[month] / peakFactor)) {
				return;
			}
		}
		arrive();
	}

	@Override
	public double meanRatePerHour() {
		return meanRatePerHour;
	}
}
