package org.caretwin.experiment;

import java.util.List;

/**
 * The story of patients 0 to {@code patients - 1} in replication 0 of one scenario, event by event in time order
 * (events at one instant in the order the engine made them). Only these patients are kept, so a trace stays small
 * whatever the size of the model.
 */
public record Trace(String scenario, int patients, List<TraceEvent> events) {

	public Trace {
		events = List.copyOf(events);
	}

	/** "Trace of the first 5 patients (scenario Baseline, replication 0)". */
	public String heading() {
		return "Trace of the first " + patients + " patients (scenario " + scenario + ", replication 0)";
	}

	/** One line per event: its date and clock, then what happened. */
	public List<String> lines() {
		return events.stream().map(e -> e.clock() + "  " + e.story()).toList();
	}
}
