package org.caretwin.engine.pathway;

import org.caretwin.engine.EventTarget;
import org.caretwin.engine.Simulation;
import org.caretwin.engine.random.Cumulative;
import org.caretwin.engine.random.RandomSource;
import org.caretwin.engine.random.RandomStreams;
import org.caretwin.engine.random.SourceNames;

/**
 * Patients entering a pathway: when they arrive is the job of a subclass ({@link RenewalCohort},
 * {@link ScheduledCohort}, {@link TimeSeriesCohort}); here each arriving patient is placed in a zone in proportion
 * to population, given a profile, attributes, and sent to the first step.
 */
public abstract class Cohort implements EventTarget {

	private final CareModel model;
	private final String name;
	private final RandomSource placement;
	private final double[] zoneCumulative;
	private final double[] profileCumulative;
	private final Step first;
	private final long patientKeys;
	private long arrived;

	protected Cohort(CareModel model, String name, double[] profileProbabilities, Step first) {
		this.model = model;
		this.name = name;
		this.placement = model.random(SourceNames.placement(name));
		this.first = first;
		this.patientKeys = model.cohortKey(name);
		Territory territory = model.territory();
		double[] populations = new double[territory.zoneCount()];
		for (int z = 0; z < populations.length; z++) {
			populations[z] = territory.population(z);
		}
		zoneCumulative = Cumulative.ofWeights(populations);
		profileCumulative = Cumulative.ofShares(profileProbabilities);
		model.register(this);
	}

	protected final CareModel model() {
		return model;
	}

	public final String name() {
		return name;
	}

	public final long arrived() {
		return arrived;
	}

	/** Schedules the first arrival(s). */
	abstract void start();

	/**
	 * Multiplies the arrival rate by {@code factor} from now on (a disruption window opening, or closing with the
	 * inverse factor); only arrivals given by a rate can.
	 */
	void scaleRate(double factor) {
		throw new UnsupportedOperationException("the arrivals of " + name + " are not given by a rate");
	}

	/** Mean arrivals per hour over a year, for estimates before a run (the size of a run). */
	public abstract double meanRatePerHour();

	/** A profile drawn from the cohort's mix (no draw when there is one profile). */
	protected final int drawProfile() {
		return drawProfile(placement);
	}

	/** A profile drawn from the cohort's mix with {@code random} (no draw when there is one profile). */
	protected final int drawProfile(RandomSource random) {
		return profileCumulative.length == 1 ? 0 : random.choose(profileCumulative);
	}

	/** One patient arrives now with a profile drawn from the cohort's mix. */
	protected final void arrive() {
		// One profile needs no draw (the model's structure, the same in every scenario).
		arrive(drawProfile());
	}

	/** One patient of {@code profile} arrives now, from a zone drawn in proportion to population. */
	protected final void arrive(int profile) {
		arriveFrom(zoneCumulative.length == 1 ? 0 : placement.choose(zoneCumulative), profile);
	}

	/** One patient of {@code profile} arrives now from {@code zone}. */
	protected final void arriveFrom(int zone, int profile) {
		arriveFrom(zone, profile, RandomStreams.patientKey(patientKeys, arrived));
	}

	/** One patient of {@code profile} arrives now from {@code zone} with the draws of {@code patientKey}. */
	protected final void arriveFrom(int zone, int profile, long patientKey) {
		arrived++;
		Patient patient = model.admit(this, profile, zone, patientKey);
		first.enter(patient);
	}

	/** The key of the {@code ordinal}-th patient of a numbering of the cohort's patients from {@code zone} alone. */
	protected final long zonePatientKey(int zone, long ordinal) {
		// '@' is in no name, so no cohort has this key
		return RandomStreams.patientKey(model.cohortKey(name + "@" + model.territory().zone(zone)), ordinal);
	}

	/** Sets the patient's attributes (age, risk …) at arrival; none by default. */
	protected double[] attributes(int profile, int zone) {
		return NO_ATTRIBUTES;
	}

	private static final double[] NO_ATTRIBUTES = {};

	@Override
	public abstract void fire(Simulation simulation);
}
