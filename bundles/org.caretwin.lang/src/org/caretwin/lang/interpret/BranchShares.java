package org.caretwin.lang.interpret;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.caretwin.lang.care.Branch;
import org.caretwin.lang.care.BranchCase;
import org.caretwin.lang.care.BranchOverride;
import org.caretwin.lang.care.BranchTarget;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Scenario;
import org.caretwin.lang.care.ScenarioChange;
import org.caretwin.lang.care.Step;
import org.eclipse.xtext.EcoreUtil2;

/**
 * How a branch shares patients among its targets: one row of shares per profile of the cohort, from the case for
 * the profile, else the first case without profile; {@code otherwise} takes the rest. Cases with a condition are
 * decided per patient and left out of the rows.
 */
public final class BranchShares {

	private final ModelIndex index;

	public BranchShares(ModelIndex index) {
		this.index = index;
	}

	/** Targets of a step's branch, including those only a scenario sends patients to, in order of appearance. */
	public List<Step> targets(Step step) {
		Set<Step> targets = new LinkedHashSet<>();
		if (step.getRoute() instanceof Branch branch) {
			branch.getCases().forEach(c -> c.getTargets().forEach(t -> targets.add(t.getStep())));
		}
		for (Scenario scenario : index.scenarios) {
			for (ScenarioChange change : scenario.getChanges()) {
				if (change instanceof BranchOverride override && override.getStep() == step) {
					override.getCases().forEach(c -> c.getTargets().forEach(t -> targets.add(t.getStep())));
				}
			}
		}
		return new ArrayList<>(targets);
	}

	/** The shares of each target for each profile of the cohort (one row per profile), from {@code cases}. */
	public double[][] byProfile(Step step, List<BranchCase> cases) {
		List<Step> targets = targets(step);
		Cohort cohort = cohortOf(step);
		int profiles = Math.max(1, cohort.getProfiles().size());
		double[][] rows = new double[profiles][targets.size()];
		for (int p = 0; p < profiles; p++) {
			BranchCase chosen = null;
			for (BranchCase c : cases) {
				if (c.getCondition() != null) {
					continue;
				}
				if (isFor(c, cohort, p) || (c.getProfile() == null && chosen == null)) {
					chosen = c;
				}
			}
			if (chosen != null) {
				rows[p] = row(chosen, targets);
			}
		}
		return rows;
	}

	/** Whether a scenario's branch override replaces the row of profile {@code p}: a case names it or names none. */
	public static boolean overrides(BranchOverride override, int p) {
		Cohort cohort = cohortOf(override.getStep());
		return override.getCases().stream().anyMatch(c -> c.getProfile() == null || isFor(c, cohort, p));
	}

	private static boolean isFor(BranchCase branchCase, Cohort cohort, int p) {
		return branchCase.getProfile() != null && !cohort.getProfiles().isEmpty()
				&& branchCase.getProfile() == cohort.getProfiles().get(p);
	}

	/** Shares of each target in one case; {@code otherwise} takes the rest. */
	public static double[] row(BranchCase branchCase, List<Step> targets) {
		double[] row = new double[targets.size()];
		double given = 0;
		int otherwise = -1;
		for (BranchTarget target : branchCase.getTargets()) {
			int t = targets.indexOf(target.getStep());
			if (target.isOtherwise()) {
				otherwise = t;
			} else {
				row[t] += target.getProbability().getValue() / 100;
				given += target.getProbability().getValue() / 100;
			}
		}
		if (otherwise >= 0) {
			row[otherwise] += Math.max(0, 1 - given);
		}
		return row;
	}

	/** The cases of a branch decided by a condition on the patient, in order. */
	public static List<BranchCase> conditionalCases(Branch branch) {
		return branch.getCases().stream().filter(c -> c.getCondition() != null).toList();
	}

	public static Cohort cohortOf(Step step) {
		return EcoreUtil2.getContainerOfType(step, Pathway.class).getCohort();
	}
}
