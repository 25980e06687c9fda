package org.caretwin.engine.stat;

/**
 * A time-weighted level (DESMO-J's Accumulate): queue length, patients in a step, busy servers. Its integral over
 * the observation window gives the time average; the maximum is the peak.
 */
public final class TimeWeighted {

	private double level;
	private double lastChange;
	private double windowStart;
	private double area;
	private double max;

	public TimeWeighted(double start) {
		lastChange = start;
		windowStart = start;
	}

	public void set(double now, double newLevel) {
		area += level * (now - lastChange);
		lastChange = now;
		level = newLevel;
		if (newLevel > max) {
			max = newLevel;
		}
	}

	public void add(double now, double delta) {
		set(now, level + delta);
	}

	public double level() {
		return level;
	}

	/** Starts a new observation window at {@code now} (warm-up deletion); the level is kept. */
	public void restart(double now) {
		lastChange = now;
		windowStart = now;
		area = 0;
		max = level;
	}

	/** Integral of the level over the window up to {@code now}. */
	public double integral(double now) {
		return area + level * (now - lastChange);
	}

	public double average(double now) {
		double length = now - windowStart;
		return length > 0 ? integral(now) / length : level;
	}

	public double max() {
		return max;
	}
}
