package org.caretwin.engine.stat;

/**
 * A time-weighted count (DESMO-J's Accumulate): queue length, patients in a step, busy servers. Its integral over
 * the observation window gives the time average; the maximum is the peak.
 * <p>
 * The level is a whole number, kept as an int: a change is an integer addition and comparison, off the
 * floating-point unit, and the area grows by exactly the same products as with a level held as a double.
 */
public final class TimeWeighted {

	private int level;
	private int max;
	private double lastChange;
	private double windowStart;
	private double area;

	public TimeWeighted(double start) {
		lastChange = start;
		windowStart = start;
	}

	/** The level changes by {@code delta} at {@code now}. */
	public void add(double now, int delta) {
		area += level * (now - lastChange);
		lastChange = now;
		level += delta;
		if (level > max) {
			max = level;
		}
	}

	public int level() {
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
