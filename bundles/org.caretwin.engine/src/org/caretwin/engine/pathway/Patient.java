package org.caretwin.engine.pathway;

import org.caretwin.engine.EventTarget;
import org.caretwin.engine.Simulation;

/**
 * A patient moving along a pathway (DESMO-J's Entity). Its step and phase are the state of a compiled state machine:
 * each event of the patient advances it by one phase; there is no thread per patient.
 */
public final class Patient implements EventTarget {

	enum Phase {
		/** Waiting for the planned delay before a step ("after 6 weeks") to pass. */
		DELAYED,
		/** In service with its resources. */
		IN_SERVICE,
		/** Between two sessions of a repeated step. */
		BETWEEN_SESSIONS
	}

	private final long id;
	private final int profile;
	private final int zone;
	private final double arrivalTime;
	private final double[] attributes;
	final boolean observed;

	Step step;
	Phase phase;
	int sessionsLeft;
	double waitingSince = Double.NaN;
	double serviceStart;
	double serviceHours;
	boolean remote;
	Resource[] held;
	double priority;
	long queueTicket;

	double travelHours;
	double cost;
	long actorTypes;
	/** Start time of each step, kept only when the model reports times between steps (else null). */
	final double[] stepStarts;

	Patient(long id, int profile, int zone, double arrivalTime, double[] attributes, boolean observed,
			double[] stepStarts) {
		this.id = id;
		this.profile = profile;
		this.zone = zone;
		this.arrivalTime = arrivalTime;
		this.attributes = attributes;
		this.observed = observed;
		this.stepStarts = stepStarts;
	}

	public long id() {
		return id;
	}

	/** Index of the profile (e.g. Hip, Knee) in the cohort's declaration order. */
	public int profile() {
		return profile;
	}

	/** Home zone index. */
	public int zone() {
		return zone;
	}

	public double arrivalTime() {
		return arrivalTime;
	}

	/** Attribute value by the index the model gave it (age, risk …). */
	public double attribute(int index) {
		return attributes[index];
	}

	public boolean isRemote() {
		return remote;
	}

	@Override
	public void fire(Simulation simulation) {
		switch (phase) {
		case DELAYED, BETWEEN_SESSIONS -> step.request(this);
		case IN_SERVICE -> step.finish(this);
		}
	}

	@Override
	public String toString() {
		return "Patient " + id;
	}
}
