package org.caretwin.engine.pathway;

import static org.caretwin.engine.TimeUnits.DAY;
import static org.caretwin.engine.TimeUnits.WEEK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Weekly opening hours, plus closed days (holidays) repeated every year. Time 0 is Monday 00:00.
 * <p>
 * Semantics at closing time: work in progress is finished (the time past closing counts as overtime), nobody starts
 * while closed, and the queue is served again at the next opening.
 */
public final class WeeklyCalendar {

	/** Open intervals [start, end) in hours since Monday 00:00, sorted and disjoint. */
	private final double[] starts;
	private final double[] ends;
	private final boolean[] closedDayOfYear = new boolean[365];

	private WeeklyCalendar(double[] starts, double[] ends) {
		this.starts = starts;
		this.ends = ends;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Builds a calendar from opening intervals per weekday. */
	public static final class Builder {
		private final List<double[]> intervals = new ArrayList<>();
		private final List<Integer> holidays = new ArrayList<>();

		/** Opens on {@code weekday} (0 = Monday … 6 = Sunday) from {@code fromHour} to {@code toHour}. */
		public Builder open(int weekday, double fromHour, double toHour) {
			if (weekday < 0 || weekday > 6 || !(0 <= fromHour && fromHour < toHour && toHour <= 24)) {
				throw new IllegalArgumentException("bad opening interval: day " + weekday + " " + fromHour + "-" + toHour);
			}
			intervals.add(new double[] { weekday * DAY + fromHour, weekday * DAY + toHour });
			return this;
		}

		/** Closes the whole day {@code dayOfYear} (0-based) every year. */
		public Builder holiday(int dayOfYear) {
			holidays.add(dayOfYear);
			return this;
		}

		public WeeklyCalendar build() {
			intervals.sort((a, b) -> Double.compare(a[0], b[0]));
			List<double[]> merged = new ArrayList<>();
			for (double[] interval : intervals) {
				double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
				if (last != null && interval[0] <= last[1]) {
					last[1] = Math.max(last[1], interval[1]);
				} else {
					merged.add(interval.clone());
				}
			}
			if (merged.isEmpty()) {
				throw new IllegalArgumentException("a calendar needs at least one opening interval");
			}
			WeeklyCalendar calendar = new WeeklyCalendar(merged.stream().mapToDouble(i -> i[0]).toArray(),
					merged.stream().mapToDouble(i -> i[1]).toArray());
			holidays.forEach(d -> calendar.closedDayOfYear[Math.floorMod(d, 365)] = true);
			return calendar;
		}
	}

	private boolean holiday(double t) {
		return closedDayOfYear[(int) (Math.floor(t / DAY) % 365)];
	}

	public boolean isOpen(double t) {
		if (holiday(t)) {
			return false;
		}
		double inWeek = t - Math.floor(t / WEEK) * WEEK;
		for (int i = 0; i < starts.length; i++) {
			if (inWeek >= starts[i] && inWeek < ends[i]) {
				return true;
			}
		}
		return false;
	}

	/** The first time at or after {@code t} when the calendar is open. */
	public double nextOpening(double t) {
		if (isOpen(t)) {
			return t;
		}
		double weekStart = Math.floor(t / WEEK) * WEEK;
		for (int week = 0; week < 60; week++) {
			for (int i = 0; i < starts.length; i++) {
				double start = weekStart + week * WEEK + starts[i];
				double end = weekStart + week * WEEK + ends[i];
				if (end <= t) {
					continue;
				}
				double candidate = Math.max(start, t);
				while (candidate < end && holiday(candidate)) {
					candidate = (Math.floor(candidate / DAY) + 1) * DAY;
				}
				if (candidate < end) {
					return candidate;
				}
			}
		}
		throw new IllegalStateException("calendar never opens again after " + t);
	}

	/** End of the open interval containing {@code t} (which must be open). */
	public double closingAfter(double t) {
		double weekStart = Math.floor(t / WEEK) * WEEK;
		double inWeek = t - weekStart;
		for (int i = 0; i < starts.length; i++) {
			if (inWeek >= starts[i] && inWeek < ends[i]) {
				double end = weekStart + ends[i];
				double nextDay = (Math.floor(t / DAY) + 1) * DAY;
				return holiday(nextDay) ? Math.min(end, nextDay) : end;
			}
		}
		return t;
	}

	/** Open hours in [from, to). */
	public double openHours(double from, double to) {
		double total = 0;
		double t = from;
		while (t < to) {
			double open = nextOpening(t);
			if (open >= to) {
				break;
			}
			double close = Math.min(closingAfter(open), to);
			if (!(close > open)) {
				// An opening that closes where it opens (a range such as 08:00-25:00 read as none) would loop for ever.
				throw new IllegalStateException("the calendar opens at hour " + open + " and does not close after it");
			}
			total += close - open;
			t = close;
		}
		return total;
	}

	/** Open hours in an ordinary week (no holiday). */
	public double hoursPerWeek() {
		double total = 0;
		for (int i = 0; i < starts.length; i++) {
			total += ends[i] - starts[i];
		}
		return total;
	}

	@Override
	public String toString() {
		return "WeeklyCalendar" + Arrays.toString(starts) + Arrays.toString(ends);
	}
}
