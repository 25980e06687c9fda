package org.caretwin.lang.ide.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.caretwin.lang.care.Branch;
import org.caretwin.lang.care.BranchCase;
import org.caretwin.lang.care.BranchTarget;
import org.caretwin.lang.care.CareFactory;
import org.caretwin.lang.care.End;
import org.caretwin.lang.care.Next;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Step;

/**
 * The flows of a pathway as its text writes them, and the changes of its AST that add, move and remove one. A step
 * without a route sends its patients to the step written after it (or out of the pathway, when it is the last); a
 * change keeps that reading of every other step.
 */
final class FlowChanges {

	private static final CareFactory CARE = CareFactory.eINSTANCE;

	private FlowChanges() {
	}

	/** The steps {@code step} sends patients to, in the order written; none when they leave the pathway. */
	static List<Step> targets(Step step) {
		Set<Step> targets = new LinkedHashSet<>();
		switch (step.getRoute()) {
		case Next next -> targets.add(next.getStep());
		case Branch branch -> branch.getCases().forEach(c -> c.getTargets().forEach(t -> targets.add(t.getStep())));
		case End end -> {
		}
		case null, default -> {
			Step following = following(step);
			if (following != null) {
				targets.add(following);
			}
		}
		}
		return new ArrayList<>(targets);
	}

	/** The step written after {@code step} in its pathway, or null. */
	static Step following(Step step) {
		List<Step> steps = ((Pathway) step.eContainer()).getSteps();
		int index = steps.indexOf(step);
		return index + 1 < steps.size() ? steps.get(index + 1) : null;
	}

	/** {@code percent} % of the patients of {@code from} go to {@code to}; when it sent them on, the rest go on so. */
	static void addFlow(Step from, Step to, double percent) {
		if (from.getRoute() instanceof Branch branch) {
			for (BranchCase c : branch.getCases()) {
				int otherwise = indexOfOtherwise(c);
				c.getTargets().add(otherwise < 0 ? c.getTargets().size() : otherwise, target(to, percent));
			}
			return;
		}
		List<Step> before = targets(from);
		if (before.isEmpty()) {
			// patients left here: now they all go on, there is nothing to share with
			from.setRoute(next(to));
			return;
		}
		Branch branch = CARE.createBranch();
		BranchCase all = CARE.createBranchCase();
		all.getTargets().add(target(to, percent));
		BranchTarget rest = CARE.createBranchTarget();
		rest.setOtherwise(true);
		rest.setStep(before.get(0));
		all.getTargets().add(rest);
		branch.getCases().add(all);
		from.setRoute(branch);
	}

	/** The flow from {@code from} to {@code oldTarget} goes to {@code newTarget}. */
	static void reconnect(Step from, Step oldTarget, Step newTarget) {
		switch (from.getRoute()) {
		case Next next -> next.setStep(newTarget);
		case Branch branch -> branch.getCases().forEach(c -> c.getTargets().stream()
				.filter(t -> t.getStep() == oldTarget).forEach(t -> t.setStep(newTarget)));
		case null, default -> from.setRoute(next(newTarget));
		}
	}

	/**
	 * No patient of {@code from} goes to {@code to}: a branch loses that target (its last target takes the rest when
	 * the removed one did), a single flow becomes the end of the pathway.
	 */
	static void removeFlow(Step from, Step to) {
		if (!(from.getRoute() instanceof Branch branch)) {
			from.setRoute(CARE.createEnd());
			return;
		}
		for (BranchCase c : new ArrayList<>(branch.getCases())) {
			boolean tookTheRest = c.getTargets().stream().anyMatch(t -> t.getStep() == to && t.isOtherwise());
			c.getTargets().removeIf(t -> t.getStep() == to);
			if (c.getTargets().isEmpty()) {
				branch.getCases().remove(c);
			} else if (tookTheRest) {
				BranchTarget last = c.getTargets().get(c.getTargets().size() - 1);
				last.setProbability(null);
				last.setOtherwise(true);
			}
		}
		if (branch.getCases().isEmpty()) {
			from.setRoute(CARE.createEnd());
		} else if (!from.isDecides() && singleFlow(branch) != null) {
			from.setRoute(next(singleFlow(branch)));
		}
	}

	/** Patients leave the pathway after {@code step}. */
	static void endAfter(Step step) {
		step.setRoute(CARE.createEnd());
	}

	/** The one step every patient of {@code branch} goes to, whatever the case; else null. */
	private static Step singleFlow(Branch branch) {
		Set<Step> targets = new LinkedHashSet<>();
		for (BranchCase c : branch.getCases()) {
			if (c.getTargets().size() != 1 || !c.getTargets().get(0).isOtherwise()) {
				return null;
			}
			targets.add(c.getTargets().get(0).getStep());
		}
		return targets.size() == 1 ? targets.iterator().next() : null;
	}

	private static int indexOfOtherwise(BranchCase c) {
		for (int i = 0; i < c.getTargets().size(); i++) {
			if (c.getTargets().get(i).isOtherwise()) {
				return i;
			}
		}
		return -1;
	}

	private static BranchTarget target(Step to, double percent) {
		BranchTarget target = CARE.createBranchTarget();
		target.setProbability(CARE.createPercent());
		target.getProbability().setValue(percent);
		target.setStep(to);
		return target;
	}

	static Next next(Step to) {
		Next next = CARE.createNext();
		next.setStep(to);
		return next;
	}
}
