package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.engine.TimeUnits;

/**
 * Who occupied which unit of each resource during the first whole week after the warm-up of one replication: the
 * data of a resource-occupancy timeline (Gantt). The engine does not say which unit served a session, so sessions are
 * laid on the first unit free at their start, which is how a schedule board would show them. Bounded in size: at most
 * {@link #MAX_SESSIONS} sessions and {@link #UNITS_PER_RESOURCE} units of each resource.
 */
public final class Occupancy {

	/** At most this many sessions are kept, so a national model does not fill the memory or the chart. */
	static final int MAX_SESSIONS = 3000;
	/** At most this many units of each resource are shown: a week of 100 beds would hide every other resource. */
	public static final int UNITS_PER_RESOURCE = 8;

	/** One session on one unit, in hours since time 0. */
	public record Bar(String unit, int unitIndex, String step, long patient, double start, double end) {
	}

	private final double from;
	private final List<Session> sessions = new ArrayList<>();
	private boolean truncated;

	private record Session(String resource, String step, long patient, double start, double end) {
	}

	/** Watches the week that starts at the first Monday 00:00 at or after {@code warmupHours}. */
	Occupancy(double warmupHours) {
		this.from = Math.ceil(warmupHours / TimeUnits.WEEK) * TimeUnits.WEEK;
	}

	public double from() {
		return from;
	}

	public double to() {
		return from + TimeUnits.WEEK;
	}

	/** Whether sessions or units were left out to keep the chart bounded. */
	public boolean truncated() {
		return truncated;
	}

	void record(String resource, String step, long patient, double start, double end) {
		if (end <= from || start >= to()) {
			return;
		}
		if (sessions.size() >= MAX_SESSIONS) {
			truncated = true;
			return;
		}
		sessions.add(new Session(resource, step, patient, start, end));
	}

	/**
	 * The sessions laid on units, grouped by resource in order of first use, each unit a row {@code Type@Zone #n}; only
	 * the first {@link #UNITS_PER_RESOURCE} units of each resource.
	 */
	public List<Bar> bars() {
		List<Session> byStart = new ArrayList<>(sessions);
		byStart.sort(Comparator.comparingDouble(Session::start).thenComparingDouble(Session::end));
		Map<String, List<Double>> unitsFreeAt = new LinkedHashMap<>();
		Map<String, List<Bar>> byResource = new LinkedHashMap<>();
		for (Session session : byStart) {
			List<Double> freeAt = unitsFreeAt.computeIfAbsent(session.resource(), r -> new ArrayList<>());
			int unit = firstFree(freeAt, session.start());
			if (unit == freeAt.size()) {
				freeAt.add(session.end());
			} else {
				freeAt.set(unit, session.end());
			}
			if (unit >= UNITS_PER_RESOURCE) {
				truncated = true;
				continue;
			}
			byResource.computeIfAbsent(session.resource(), r -> new ArrayList<>()).add(new Bar(session.resource() + " #" + (unit + 1),
					unit, session.step(), session.patient(), Math.max(session.start(), from), Math.min(session.end(), to())));
		}
		List<Bar> bars = new ArrayList<>();
		for (List<Bar> ofResource : byResource.values()) {
			ofResource.sort(Comparator.comparingInt(Bar::unitIndex).thenComparingDouble(Bar::start));
			bars.addAll(ofResource);
		}
		return bars;
	}

	private static int firstFree(List<Double> freeAt, double start) {
		for (int unit = 0; unit < freeAt.size(); unit++) {
			if (freeAt.get(unit) <= start + 1e-9) {
				return unit;
			}
		}
		return freeAt.size();
	}
}
