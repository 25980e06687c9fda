package org.caretwin.engine.pathway;

/**
 * Observes a run event by event: event logs for process mining, teaching traces. A model without a listener makes
 * none of these calls (each is guarded where the engine would make it), so observing costs nothing otherwise.
 */
public interface PathwayListener {

	PathwayListener NONE = new PathwayListener() {
	};

	/** {@code patient} of {@code cohort} arrives at {@code time}, just before it enters its first step. */
	default void patientArrived(Patient patient, Cohort cohort, double time) {
	}

	/** {@code patient} found {@code resource} busy or closed at {@code time} and waits in its queue for {@code step}. */
	default void waitingStarted(Patient patient, Step step, Resource resource, double time) {
	}

	/**
	 * {@code patient} starts a session of {@code step} with {@code resources} after waiting {@code waitedHours} for
	 * them.
	 */
	default void sessionStarted(Patient patient, Step step, Resource[] resources, double waitedHours) {
	}

	/** A session of {@code step} ended; {@code resources} served it from {@code start} to {@code end} (hours). */
	default void sessionCompleted(Patient patient, Step step, Resource[] resources, boolean remote, double start,
			double end) {
	}

	/** {@code patient} found {@code from} unavailable and goes to {@code to}, or out of the pathway when it is null. */
	default void patientRedirected(Patient patient, Step from, Step to, double time) {
	}

	/** {@code patient} leaves the pathway at its end, after {@code last}. */
	default void patientCompleted(Patient patient, Step last, double time) {
	}

	default void patientLost(Patient patient, Step step, String reason, double time) {
	}
}
