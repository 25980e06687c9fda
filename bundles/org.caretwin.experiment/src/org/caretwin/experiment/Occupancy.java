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
 * laid on the first unit free at their start, which is how a schedule board would show them. Bounded in size.
 */
public final class Occupancy {

	/** At most this many sessions are kept, so a national model does not fill the memory or the chart. */
	static final int MAX_SESSIONS = 3000;
	/** At most this many unit rows are shown. */
	static final int MAX_UNITS = 48;

	/** One session on one unit, in hours since time 0. */
	public record Bar(String unit, String step, long patient, double start, double end) {
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

	/** The sessions laid on units, resources in order of first use, each unit a row {@code Type@Zone #n}. */
	public List<Bar> bars() {
		List<Session> byStart = new ArrayList<>(sessions);
		byStart.sort(Comparator.comparingDouble(Session::start).thenComparingDouble(Session::end));
		Map<String, List<Double>> unitsFreeAt = new LinkedHashMap<>();
		List<Bar> bars = new ArrayList<>();
		int units = 0;
		for (Session session : byStart) {
			List<Double> freeAt = unitsFreeAt.computeIfAbsent(session.resource(), r -> new ArrayList<>());
			int unit = firstFree(freeAt, session.start());
			if (unit == freeAt.size()) {
				if (units == MAX_UNITS) {
					truncated = true;
					continue;
				}
				units++;
				freeAt.add(session.end());
			} else {
				freeAt.set(unit, session.end());
			}
			bars.add(new Bar(session.resource() + " #" + (unit + 1), session.step(), session.patient(),
					Math.max(session.start(), from), Math.min(session.end(), to())));
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
