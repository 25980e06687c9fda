package org.caretwin.engine.pathway;

import org.caretwin.engine.EventTarget;
import org.caretwin.engine.Simulation;
import org.caretwin.engine.random.Distribution;
import org.caretwin.engine.random.RandomSource;

/**
 * Patients arriving into a pathway: a renewal process (Poisson when the gaps are exponential), each patient placed
 * in a zone in proportion to population and given a profile by its probability. An optional monthly profile makes
 * the rate seasonal (thinning of the Poisson process at the peak rate).
 */
public class Cohort implements EventTarget {

	private final CareModel model;
	private final String name;
	private final Distribution gap;
	private final RandomSource arrivals;
	private final RandomSource placement;
	private final double[] zoneCumulative;
	private final double[] profileCumulative;
	private final double[] monthlyFactor;
	private final double peakFactor;
	private final Step first;
	private long arrived;

	/**
	 * @param gap          time between arrivals at the peak rate (hours)
	 * @param monthlyFactor rate multiplier per calendar month (12 values, mean 1), or null for a constant rate
	 */
	public Cohort(CareModel model, String name, Distribution gap, double[] monthlyFactor, double[] profileProbabilities,
			Step first) {
		this.model = model;
		this.name = name;
		this.arrivals = model.random("arrivals:" + name);
		this.placement = model.random("placement:" + name);
		this.first = first;
		this.monthlyFactor = monthlyFactor == null ? null : monthlyFactor.clone();
		this.peakFactor = monthlyFactor == null ? 1 : java.util.Arrays.stream(monthlyFactor).max().orElse(1);
		this.gap = monthlyFactor == null ? gap : scaled(gap, 1 / peakFactor);
		Territory territory = model.territory();
		zoneCumulative = new double[territory.zoneCount()];
		double total = territory.totalPopulation();
		double running = 0;
		for (int z = 0; z < zoneCumulative.length; z++) {
			running += territory.population(z) / total;
			zoneCumulative[z] = running;
		}
		profileCumulative = cumulative(profileProbabilities);
		model.register(this);
	}

	private static Distribution scaled(Distribution gap, double factor) {
		if (gap instanceof Distribution.Exponential e) {
			return new Distribution.Exponential(e.mean() * factor);
		}
		throw new IllegalArgumentException("a seasonal profile needs Poisson arrivals (exponential gaps)");
	}

	private static double[] cumulative(double[] probabilities) {
		double[] result = new double[Math.max(1, probabilities.length)];
		double running = 0;
		for (int i = 0; i < probabilities.length; i++) {
			running += probabilities[i];
			result[i] = running;
		}
		result[result.length - 1] = 1;
		return result;
	}

	public String name() {
		return name;
	}

	public long arrived() {
		return arrived;
	}

	/** Mean arrivals per hour (the seasonal profile averages out over a year). */
	public double meanRatePerHour() {
		double meanFactor = monthlyFactor == null ? 1 : java.util.Arrays.stream(monthlyFactor).average().orElse(1);
		return meanFactor / peakFactor / gap.mean();
	}

	/** Probability of each profile, in declaration order. */
	public double[] profileProbabilities() {
		double[] probabilities = new double[profileCumulative.length];
		double previous = 0;
		for (int i = 0; i < probabilities.length; i++) {
			probabilities[i] = profileCumulative[i] - previous;
			previous = profileCumulative[i];
		}
		return probabilities;
	}

	public Step firstStep() {
		return first;
	}

	void start() {
		model.scheduleIn(arrivals.sample(gap), this);
	}

	@Override
	public void fire(Simulation simulation) {
		model.scheduleIn(arrivals.sample(gap), this);
		if (monthlyFactor != null) {
			int month = (int) ((model.now() / org.caretwin.engine.TimeUnits.MONTH) % 12);
			if (!placement.bernoulli(monthlyFactor[month] / peakFactor)) {
				return;
			}
		}
		// One zone or one profile needs no draw (the model's structure, the same in every scenario).
		int zone = zoneCumulative.length == 1 ? 0 : placement.choose(zoneCumulative);
		int profile = profileCumulative.length == 1 ? 0 : placement.choose(profileCumulative);
		arrived++;
		Patient patient = model.admit(this, profile, zone);
		first.enter(patient);
	}

	/** Sets the patient's attributes (age, risk …) at arrival; none by default. */
	protected double[] attributes(int profile, int zone) {
		return NO_ATTRIBUTES;
	}

	private static final double[] NO_ATTRIBUTES = {};
}
