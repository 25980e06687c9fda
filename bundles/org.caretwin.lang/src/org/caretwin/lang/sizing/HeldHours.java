package org.caretwin.lang.sizing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.caretwin.lang.model.ResolvedModel.Distribution;
import org.caretwin.lang.model.ResolvedModel.Step;

/**
 * Hours one patient of a profile holds each seized resource beyond the session that seized it: the time of every
 * step it passes while holding the resource (planned delay, sessions and the intervals between them), the step that
 * releases it included. Waits are left out, as everywhere in static sizing.
 */
final class HeldHours {

	private static final int MAX_ROUNDS = 10_000;
	private static final double NEGLIGIBLE = 1e-12;

	private HeldHours() {
	}

	/** Hours by resource name; empty when no step seizes anything. */
	static Map<String, Double> of(Map<String, Step> steps, String first, StepExpectations expectations) {
		Map<String, Double> hours = new LinkedHashMap<>();
		steps.values().stream().flatMap(s -> s.seizes().stream()).distinct()
				.forEach(resource -> hours.put(resource, held(steps, first, expectations, resource)));
		return hours;
	}

	/** Propagates the patient's probability mass over (step, holding or not), adding the time spent while holding. */
	private static double held(Map<String, Step> steps, String first, StepExpectations expectations, String resource) {
		double hours = 0;
		Map<String, Double> free = new LinkedHashMap<>(Map.of(first, 1.0));
		Map<String, Double> holding = new LinkedHashMap<>();
		for (int round = 0; round < MAX_ROUNDS && !(free.isEmpty() && holding.isEmpty()); round++) {
			Map<String, Double> nextFree = new LinkedHashMap<>();
			Map<String, Double> nextHolding = new LinkedHashMap<>();
			for (Map.Entry<String, Double> e : holding.entrySet()) {
				Step step = steps.get(e.getKey());
				hours += e.getValue() * timeIn(step, expectations);
				move(step, e.getValue(), !step.releases().contains(resource), expectations, nextFree, nextHolding);
			}
			for (Map.Entry<String, Double> e : free.entrySet()) {
				Step step = steps.get(e.getKey());
				move(step, e.getValue(), step.seizes().contains(resource), expectations, nextFree, nextHolding);
			}
			free = nextFree;
			holding = nextHolding;
		}
		return hours;
	}

	private static void move(Step step, double mass, boolean holdsAfter, StepExpectations expectations,
			Map<String, Double> free, Map<String, Double> holding) {
		for (Map.Entry<String, Double> s : expectations.successors(step).entrySet()) {
			double next = mass * s.getValue();
			if (next > NEGLIGIBLE) {
				(holdsAfter ? holding : free).merge(s.getKey(), next, Double::sum);
			}
		}
	}

	/** Mean hours a patient spends in a step once there, waits apart. */
	private static double timeIn(Step step, StepExpectations expectations) {
		if (step.decision()) {
			return 0;
		}
		double sessions = expectations.sessions(step);
		double remote = expectations.remoteShare(step);
		double session = (1 - remote) * expectations.meanDuration(step) + remote * expectations.meanRemoteDuration(step);
		Distribution interval = step.repeat() == null ? null : step.repeat().interval();
		return expectations.meanDelay(step) + sessions * session + (interval == null ? 0 : (sessions - 1) * interval.mean());
	}
}
