package org.caretwin.engine.pathway;

import java.util.List;

/**
 * Changes that hold between two times of a run only, for robustness tests of an organisation: a ward short of
 * nurses for a month, twice the demand during an epidemic. Windows that overlap multiply their factors.
 */
public record Disruption(double from, double to, List<Change> changes) {

	public Disruption {
		if (!(from >= 0 && to > from)) {
			throw new IllegalArgumentException("a disruption must end after it starts, was " + from + " to " + to);
		}
		changes = List.copyOf(changes);
	}

	/** One change of a disruption. */
	public sealed interface Change {
	}

	/** The units of a resource type, in every zone, times {@code factor} (rounded to whole units). */
	public record Capacity(String resourceType, double factor) implements Change {
	}

	/** The arrival rate of a cohort (null: of every cohort) times {@code factor}. */
	public record ArrivalRate(String cohort, double factor) implements Change {
	}
}
