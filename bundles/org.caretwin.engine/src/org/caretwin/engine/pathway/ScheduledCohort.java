package org.caretwin.engine.pathway;

import static org.caretwin.engine.TimeUnits.DAY;
import static org.caretwin.engine.TimeUnits.WEEK;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.engine.Simulation;

/**
 * Arrivals by appointment: every week, at given weekday and time, a given number of patients of each profile (the
 * case mix of a theatre session, a clinic list). Nothing is random but the zone each patient comes from.
 */
public class ScheduledCohort extends Cohort {

	/**
	 * At {@code hour} on {@code weekday} (0 = Monday): {@code counts[p]} patients of profile p, plus {@code drawn}
	 * patients whose profile is drawn from the cohort's mix.
	 */
	public record Slot(int weekday, double hour, int[] counts, int drawn) {
	}

	private final List<Slot> slots;
	private int next;
	private double weekStart;

	public ScheduledCohort(CareModel model, String name, List<Slot> slots, double[] profileProbabilities, Step first) {
		super(model, name, profileProbabilities, first);
		List<Slot> sorted = new ArrayList<>(slots);
		sorted.sort((a, b) -> Double.compare(a.weekday() * DAY + a.hour(), b.weekday() * DAY + b.hour()));
		this.slots = List.copyOf(sorted);
	}

	private double timeOf(Slot slot) {
		return weekStart + slot.weekday() * DAY + slot.hour();
	}

	@Override
	void start() {
		if (!slots.isEmpty()) {
			model().scheduleAt(timeOf(slots.get(0)), this);
		}
	}

	@Override
	public void fire(Simulation simulation) {
		Slot slot = slots.get(next);
		next++;
		if (next == slots.size()) {
			next = 0;
			weekStart += WEEK;
		}
		model().scheduleAt(timeOf(slots.get(next)), this);
		for (int p = 0; p < slot.counts().length; p++) {
			for (int i = 0; i < slot.counts()[p]; i++) {
				arrive(p);
			}
		}
		for (int i = 0; i < slot.drawn(); i++) {
			arrive();
		}
	}

	@Override
	public double meanRatePerHour() {
		return slots.stream().mapToInt(s -> java.util.Arrays.stream(s.counts()).sum() + s.drawn()).sum() / WEEK;
	}
}
