package org.caretwin.engine;

/** The model clock counts hours; these are the other units expressed in hours. A year is 365 days. */
public final class TimeUnits {

	public static final double MINUTE = 1.0 / 60;
	public static final double HOUR = 1;
	public static final double DAY = 24;
	public static final double WEEK = 7 * DAY;
	public static final double MONTH = 365 * DAY / 12;
	public static final double YEAR = 365 * DAY;

	private TimeUnits() {
	}
}
