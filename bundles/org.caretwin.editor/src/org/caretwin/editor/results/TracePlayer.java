package org.caretwin.editor.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.caretwin.experiment.TraceEvent;

/**
 * Which events of a trace the Trace view has revealed so far: all up to a point in the trace, of those the filter
 * keeps. A step moves that point to the next (or back before the last) event the filter keeps, so every step
 * shows or hides one row; changing the filter keeps the point where it is in time.
 */
final class TracePlayer {

	private final List<TraceEvent> events;
	private Predicate<TraceEvent> filter = event -> true;
	/** The events before this index are revealed. */
	private int revealed;

	TracePlayer(List<TraceEvent> events) {
		this.events = events;
	}

	void filter(Predicate<TraceEvent> kept) {
		filter = kept;
	}

	/** The revealed events the filter keeps, in time order. */
	List<TraceEvent> visible() {
		List<TraceEvent> visible = new ArrayList<>();
		for (int i = 0; i < revealed; i++) {
			if (filter.test(events.get(i))) {
				visible.add(events.get(i));
			}
		}
		return visible;
	}

	/** Reveals the next event the filter keeps; false at the end. */
	boolean stepForward() {
		for (int i = revealed; i < events.size(); i++) {
			if (filter.test(events.get(i))) {
				revealed = i + 1;
				return true;
			}
		}
		return false;
	}

	/** Hides the last revealed event the filter keeps; false when none is revealed. */
	boolean stepBack() {
		for (int i = revealed - 1; i >= 0; i--) {
			if (filter.test(events.get(i))) {
				revealed = i;
				return true;
			}
		}
		return false;
	}

	void rewind() {
		revealed = 0;
	}

	void revealAll() {
		revealed = events.size();
	}

	boolean atEnd() {
		return events.subList(revealed, events.size()).stream().noneMatch(filter);
	}
}
