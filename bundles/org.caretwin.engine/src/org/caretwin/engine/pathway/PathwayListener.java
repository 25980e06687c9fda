package org.caretwin.engine.pathway;

/** Observes a run event by event: event logs for process mining, teaching traces. */
public interface PathwayListener {

	PathwayListener NONE = new PathwayListener() {
	};

	/** A session of {@code step} ended; {@code resources} served it from {@code start} to {@code end} (hours). */
	default void sessionCompleted(Patient patient, Step step, Resource[] resources, boolean remote, double start,
			double end) {
	}

	/** {@code patient} starts a session of {@code step} after waiting {@code waitedHours} for its resources. */
	default void sessionStarted(Patient patient, Step step, double waitedHours) {
	}

	default void patientCompleted(Patient patient, double time) {
	}

	default void patientLost(Patient patient, Step step, String reason, double time) {
	}
}
