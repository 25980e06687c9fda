package org.caretwin.engine.pathway;

import static org.caretwin.engine.TimeUnits.DAY;

import org.caretwin.engine.Simulation;
import org.caretwin.engine.random.RandomSource;
import org.caretwin.engine.random.SourceNames;

/**
 * Arrivals following a daily series (a forecast, or history): on day d, {@code counts[d]} patients arrive at
 * uniformly random times of that day. After the last day nobody arrives.
 */
public class TimeSeriesCohort extends Cohort {

	private final int[] counts;
	private final RandomSource times;
	private int day;

	public TimeSeriesCohort(CareModel model, String name, int[] counts, double[] profileProbabilities, Step first) {
		super(model, name, profileProbabilities, first);
		this.counts = counts.clone();
		this.times = model.random(SourceNames.arrivals(name));
	}

	@Override
	void start() {
		if (counts.length > 0) {
			model().scheduleAt(0, this);
		}
	}

	/** At the start of each day, schedules that day's arrivals at random times, then the next day. */
	@Override
	public void fire(Simulation simulation) {
		double dayStart = day * DAY;
		for (int i = 0; i < counts[day]; i++) {
			model().scheduleAt(dayStart + DAY * times.nextUniform(), s -> arrive());
		}
		day++;
		if (day < counts.length) {
			model().scheduleAt(day * DAY, this);
		}
	}

	@Override
	public double meanRatePerHour() {
		return java.util.Arrays.stream(counts).sum() / (counts.length * DAY);
	}
}
