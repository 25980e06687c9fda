package org.caretwin.engine.random;

/**
 * The names of the sources of randomness of a care model, defined once: the engine's cohorts ask for them, the
 * generator writes the steps' ones into the model, and benchmarks draw the same streams by name. A stream is
 * derived from its name, so two places spelling a name differently would silently draw different numbers.
 */
public final class SourceNames {

	private SourceNames() {
	}

	/** Gaps between a cohort's arrivals (renewal, Poisson, or the times within a day of a series). */
	public static String arrivals(String cohort) {
		return "arrivals:" + cohort;
	}

	/** Poisson arrivals of one zone's own patients. */
	public static String arrivals(String cohort, String zone) {
		return "arrivals:" + cohort + "@" + zone;
	}

	/** Thinning of Poisson arrivals by monthly factors. */
	public static String seasonality(String cohort) {
		return "seasonality:" + cohort;
	}

	/** The profile and home zone of an arriving patient. */
	public static String placement(String cohort) {
		return "placement:" + cohort;
	}

	/** Which list a room of a schedule with alternatives takes. */
	public static String sessions(String cohort) {
		return "sessions:" + cohort;
	}

	public static String attribute(String cohort, String attribute) {
		return "attribute:" + cohort + "." + attribute;
	}

	/** A draw of a step, e.g. {@code step("Surgery", "duration")}: duration, delay, remoteDuration, remote, interval, branch, patience. */
	public static String step(String step, String draw) {
		return step + ":" + draw;
	}
}
