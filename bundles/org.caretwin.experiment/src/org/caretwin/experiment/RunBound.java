package org.caretwin.experiment;

import java.util.Locale;


/**
 * Refuses, before it starts, a run that would make more events than allowed: a model from someone else must not
 * keep a machine busy for hours or exhaust its memory unasked. {@code --max-events N} raises the bound.
 */
public final class RunBound {

	/** About a minute of simulation on two cores; the Loire example makes about a tenth of it. */
	public static final long DEFAULT_MAX_EVENTS = 100_000_000L;

	private RunBound() {
	}

	/** A run refused before it started; its message says how large it would be and how to allow it. */
	public static final class TooLarge extends RuntimeException {
		private static final long serialVersionUID = 1L;

		TooLarge(String message) {
			super(message);
		}
	}

	public static void check(ModelFactory factory, ExperimentPlan plan, long maxEvents) {
		double events = RunSize.events(factory, plan);
		if (events > maxEvents) {
			throw new TooLarge(String.format(Locale.ROOT,
					"the run would make about %s events (%d scenario%s x %d replications over %s h), more than the"
							+ " allowed %s; shorten the horizon or lower the replications, or allow it with --max-events %s",
					amount(events), plan.scenarios().size(), plan.scenarios().size() == 1 ? "" : "s", plan.replications(),
					amount(plan.warmupHours() + plan.horizonHours()), amount(maxEvents), next(events)));
		}
	}

	private static String amount(double value) {
		return Double.isInfinite(value) ? "infinitely many" : String.format(Locale.ROOT, value >= 1e6 ? "%.3g" : "%.0f", value);
	}

	/** A round bound above the estimate, to copy into the command line. */
	private static String next(double events) {
		if (events >= 1e18) {
			return "N";
		}
		double power = Math.pow(10, Math.floor(Math.log10(events)));
		return Long.toString((long) (Math.ceil(events / power) * power));
	}
}
