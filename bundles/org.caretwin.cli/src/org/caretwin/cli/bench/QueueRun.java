package org.caretwin.cli.bench;

/** One timed run of an M/M/c queue on the bench: model events, mean wait (hours) and wall time. */
public record QueueRun(long events, double meanWait, double seconds) {

	public double eventsPerSecond() {
		return events / seconds;
	}
}
