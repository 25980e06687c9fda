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

	// Not final: a model without listeners reuses the patients who left (see CareModel.admit).
	private long id;
	private int profile;
	private int zone;
	private double arrivalTime;
	private double[] attributes;
	boolean observed;
	/** Set at the first redirection, so that the redirected share counts patients. */
	boolean redirected;
	/** The reasons the patient was redirected for (null for none yet), so that each counts the patient once. */
	java.util.Set<String> redirectedFor;

	Step step;
	Phase phase;
	int sessionsLeft;
	double waitingSince = Double.NaN;
	double serviceStart;
	double serviceHours;
	boolean remote;
	Resource[] held;
	/** Resources kept from earlier steps until a later one releases them; null until the patient first keeps one. */
	HeldResources kept;
	double priority;
	long queueTicket;
	/** The resource in whose queue the patient waits now, or null. */
	Resource queuedAt;
	/** Counts the waits of this object, across the patients it is recycled as, so stale patience timers see theirs is over. */
	long waitNumber;

	double travelHours;
	double cost;
	long actorTypes;
	/** Start time of each step, kept only when the model reports times between steps (else null). */
	double[] stepStarts;
	/** The key of this patient's own random streams, and how many numbers it drew from each (see PatientSource). */
	long randomKey;
	int[] draws;

	Patient(long id, int profile, int zone, double arrivalTime, double[] attributes, boolean observed,
			double[] stepStarts, long randomKey, int patientSources) {
		draws = new int[patientSources];
		admit(id, profile, zone, arrivalTime, attributes, observed, stepStarts, randomKey);
	}

	/** (Re)starts this object as a newly arrived patient, every field as a new one would have it. */
	void admit(long newId, int newProfile, int newZone, double arrival, double[] newAttributes, boolean isObserved,
			double[] newStepStarts, long newRandomKey) {
		id = newId;
		profile = newProfile;
		zone = newZone;
		arrivalTime = arrival;
		attributes = newAttributes;
		observed = isObserved;
		redirected = false;
		redirectedFor = null;
		stepStarts = newStepStarts;
		step = null;
		phase = null;
		sessionsLeft = 0;
		waitingSince = Double.NaN;
		serviceStart = 0;
		serviceHours = 0;
		remote = false;
		held = null;
		if (kept != null) {
			kept.clear();
		}
		priority = 0;
		queueTicket = 0;
		queuedAt = null;
		travelHours = 0;
		cost = 0;
		actorTypes = 0;
		randomKey = newRandomKey;
		// A plain loop, not Arrays.fill: the fill's vector stores cannot be forwarded to the load of the first draw,
		// which comes a few instructions later and then waits for them to reach the cache.
		for (int i = 0; i < draws.length; i++) {
			draws[i] = 0;
		}
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
		if (phase == Phase.IN_SERVICE) {
			step.finish(this);
		} else {
			step.request(this);
		}
	}

	@Override
	public String toString() {
		return "Patient " + id;
	}
}
