package org.caretwin.engine.pathway;

import org.caretwin.engine.random.Cumulative;
import org.caretwin.engine.random.Distribution;
import org.caretwin.engine.random.RandomStreams;

/**
 * A source of randomness of a step (its durations, delays, branch, remote choice) with a stream of its own for
 * every patient: the patient's k-th draw from it depends on the patient and k only, never on the order in which
 * events of other patients happened (see {@link RandomStreams}).
 */
public final class PatientSource {

	private final long key;
	/** Where the patient counts its draws from this source. */
	private final int slot;

	PatientSource(long key, int slot) {
		this.key = key;
		this.slot = slot;
	}

	/** The patient's next uniform number in (0,1) from this source. */
	public double nextUniform(Patient patient) {
		return RandomStreams.patientUniform(key, patient.randomKey, patient.draws[slot]++);
	}

	/** A draw from {@code distribution} by inversion. */
	public double sample(Patient patient, Distribution distribution) {
		return distribution.inverse(nextUniform(patient));
	}

	/** True with {@code probability}; draws one uniform even when it is 0 or 1, so that draws stay aligned. */
	public boolean drawn(Patient patient, double probability) {
		return nextUniform(patient) < probability;
	}

	/** Index chosen with the given cumulative probabilities (the last one is taken as 1). */
	public int choose(Patient patient, double[] cumulative) {
		return Cumulative.indexOf(cumulative, nextUniform(patient));
	}
}
