package org.caretwin.lang.sizing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.lang.model.ResolvedModel.Branch;
import org.caretwin.lang.model.ResolvedModel.Cohort;
import org.caretwin.lang.model.ResolvedModel.End;
import org.caretwin.lang.model.ResolvedModel.Next;
import org.caretwin.lang.model.ResolvedModel.ProfileCount;
import org.caretwin.lang.model.ResolvedModel.Repeat;
import org.caretwin.lang.model.ResolvedModel.Distribution;
import org.caretwin.lang.model.ResolvedModel.Step;

/**
 * What a patient of one profile can expect of a step: how many sessions, how many of them remote, which resources
 * they need and for how long on average, and where the patient goes next with which probability.
 */
final class StepExpectations {

	private final Cohort cohort;
	private final int profile;

	StepExpectations(Cohort cohort, int profile) {
		this.cohort = cohort;
		this.profile = profile;
	}

	/** Sessions as the engine counts them: the repeat scaled by its factor and rounded, at least one. */
	double sessions(Step step) {
		Repeat repeat = step.repeat();
		if (repeat == null) {
			return 1;
		}
		if (repeat.countsByProfile().isEmpty()) {
			return scaled(repeat.count(), repeat.factor());
		}
		String name = profileName();
		for (ProfileCount count : repeat.countsByProfile()) {
			if (count.profile().equals(name)) {
				return scaled(count.count(), repeat.factor());
			}
		}
		return 1;
	}

	private static int scaled(int count, double factor) {
		return Math.max(1, (int) Math.round(count * factor));
	}

	/** Share of sessions held remotely: the adoption, eligibility taken as universal. */
	double remoteShare(Step step) {
		return step.remote() == null ? 0 : step.remote().adoption();
	}

	/** The mean on-site duration for this profile (its own law when the step gives one by profile). */
	double meanDuration(Step step) {
		return step.duration(profileName()).mean();
	}

	/** The mean planned delay before the step for this profile; 0 without one. */
	double meanDelay(Step step) {
		Distribution delay = step.delay(profileName());
		return delay == null ? 0 : delay.mean();
	}

	double meanRemoteDuration(Step step) {
		return step.remote() == null ? meanDuration(step) : step.remote().duration(profileName()).mean();
	}

	/** The profile's name; null for the one profile of a cohort that declares none. */
	private String profileName() {
		return cohort.profiles().isEmpty() ? null : cohort.profiles().get(profile).name();
	}

	/** The resources a remote session needs: the mode's own, else the step's. */
	List<String> remoteResources(Step step) {
		return step.remote() == null || step.remote().resources().isEmpty() ? step.resources() : step.remote().resources();
	}

	/** The steps that may follow (ids), with their probabilities; empty at the end. Conditional cases are left out. */
	Map<String, Double> successors(Step step) {
		Map<String, Double> next = new LinkedHashMap<>();
		switch (step.route()) {
		case Next to -> next.put(to.step(), 1.0);
		case Branch branch -> {
			List<Double> shares = branch.byProfile().get(profile).shares();
			for (int i = 0; i < branch.targets().size(); i++) {
				next.merge(branch.targets().get(i), shares.get(i), Double::sum);
			}
		}
		case End end -> {
		}
		}
		return next;
	}
}
