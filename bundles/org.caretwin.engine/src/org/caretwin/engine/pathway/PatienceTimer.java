package org.caretwin.engine.pathway;

import org.caretwin.engine.EventTarget;
import org.caretwin.engine.Simulation;

/**
 * The end of one patient's patience in one wait. The calendar cannot cancel events, so a timer that fires after the
 * patient was served (or left, or became another patient once recycled) finds its wait over and does nothing: each
 * wait has its own number, never reused by that object.
 */
final class PatienceTimer implements EventTarget {

	private final Patient patient;
	private final Step step;
	private final long wait;

	PatienceTimer(Patient patient, Step step) {
		this.patient = patient;
		this.step = step;
		this.wait = patient.waitNumber;
	}

	@Override
	public void fire(Simulation simulation) {
		if (patient.waitNumber == wait && patient.queuedAt != null) {
			step.abandon(patient);
		}
	}
}
