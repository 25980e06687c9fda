package org.caretwin.experiment;

import org.caretwin.engine.TimeUnits;

/**
 * The week that ends now, as the weekly series measure it: the statistics restart at the end of the warm-up, their
 * integrals starting again from zero, so the week that holds that instant is measured from it.
 */
final class ObservedWeek {

	private ObservedWeek() {
	}

	/** Whether the statistics restarted within the week: the warm-up ended in it, or a sum fell below its last value. */
	static boolean restarted(double now, double warmupHours, double value, double previous) {
		return value < previous || now - TimeUnits.WEEK < warmupHours && warmupHours < now;
	}

	/** Where the week's measure starts: its first hour, or the end of the warm-up when the statistics restarted in it. */
	static double start(double now, double warmupHours, boolean restarted) {
		return restarted ? Math.max(warmupHours, now - TimeUnits.WEEK) : now - TimeUnits.WEEK;
	}
}
