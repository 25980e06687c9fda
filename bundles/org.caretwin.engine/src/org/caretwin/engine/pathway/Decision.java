package org.caretwin.engine.pathway;

/**
 * A step that only routes: no resource, no duration. A patient entering it goes on to {@link #next(Patient)} at the
 * same instant, without an event; it counts as a completion of the decision (its throughput) and marks the step's
 * start for the time(A,B) indicators. Generated models override {@link #next(Patient)}.
 */
public abstract class Decision extends Step {

	protected Decision(CareModel model, String name) {
		super(model, name);
	}

	/** A decision takes no time. */
	@Override
	protected final double duration(Patient patient) {
		return 0;
	}

	@Override
	void enter(Patient patient) {
		patient.step = this;
		markStart(patient);
		completions++;
		moveOn(patient);
	}
}
