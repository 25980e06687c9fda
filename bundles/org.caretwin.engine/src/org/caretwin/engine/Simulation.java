package org.caretwin.engine;

/**
 * One run of a model: the clock and the event calendar. Single-threaded by design; replications run in parallel as
 * separate {@code Simulation}s.
 */
public class Simulation {

	private final EventCalendar calendar = new EventCalendar(4096);
	private double now;
	private long eventCount;
	private boolean stopRequested;

	public final double now() {
		return now;
	}

	public final long eventCount() {
		return eventCount;
	}

	/** Schedules {@code target} after {@code delay} (which must be finite and not negative). */
	public final void scheduleIn(double delay, EventTarget target) {
		if (!(delay >= 0) || delay == Double.POSITIVE_INFINITY) {
			throw new IllegalArgumentException("delay must be finite and >= 0, was " + delay);
		}
		calendar.schedule(now + delay, target);
	}

	/** Schedules {@code target} at the absolute time {@code at} (not in the past). */
	public final void scheduleAt(double at, EventTarget target) {
		if (!(at >= now) || at == Double.POSITIVE_INFINITY) {
			throw new IllegalArgumentException("cannot schedule at " + at + ", now is " + now);
		}
		calendar.schedule(at, target);
	}

	public final int pendingEvents() {
		return calendar.size();
	}

	/** Stops {@link #runUntil} after the current event. */
	public final void stop() {
		stopRequested = true;
	}

	/** Runs events in order while their time is at most {@code end}; the clock then stands at {@code end}. */
	public final void runUntil(double end) {
		stopRequested = false;
		EventCalendar events = calendar;
		while (!stopRequested && !events.isEmpty() && events.peekTime() <= end) {
			now = events.peekTime();
			EventTarget target = events.poll();
			eventCount++;
			target.fire(this);
		}
		if (!stopRequested && end > now && end != Double.POSITIVE_INFINITY) {
			now = end;
		}
	}

	/** Runs until the calendar is empty (or {@link #stop()} is called). */
	public final void run() {
		runUntil(Double.POSITIVE_INFINITY);
	}
}
