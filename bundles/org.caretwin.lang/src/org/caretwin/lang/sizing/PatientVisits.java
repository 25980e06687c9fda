package org.caretwin.lang.sizing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.caretwin.lang.model.ResolvedModel.Step;

/** Expected visits of each step for one patient of a profile, following branch probabilities (cycles included). */
final class PatientVisits {

	private static final int MAX_ROUNDS = 10_000;
	private static final double NEGLIGIBLE = 1e-12;

	private PatientVisits() {
	}

	/** Visits by step id, from {@code first}; {@code steps} are the model's steps by id. */
	static Map<String, Double> of(Map<String, Step> steps, String first, StepExpectations expectations) {
		Map<String, Double> visits = new LinkedHashMap<>();
		Map<String, Double> arriving = new LinkedHashMap<>();
		arriving.put(first, 1.0);
		// Propagate probability mass until what is still moving is negligible (validation guarantees an exit).
		for (int round = 0; round < MAX_ROUNDS && !arriving.isEmpty(); round++) {
			Map<String, Double> next = new LinkedHashMap<>();
			for (Map.Entry<String, Double> e : arriving.entrySet()) {
				visits.merge(e.getKey(), e.getValue(), Double::sum);
				for (Map.Entry<String, Double> s : expectations.successors(steps.get(e.getKey())).entrySet()) {
					double mass = e.getValue() * s.getValue();
					if (mass > NEGLIGIBLE) {
						next.merge(s.getKey(), mass, Double::sum);
					}
				}
			}
			arriving = next;
		}
		return visits;
	}
}
