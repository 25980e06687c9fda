package org.caretwin.lang.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.caretwin.lang.care.Branch;
import org.caretwin.lang.care.BranchCase;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.End;
import org.caretwin.lang.care.HomeSetting;
import org.caretwin.lang.care.LosePolicy;
import org.caretwin.lang.care.Next;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Profile;
import org.caretwin.lang.care.ProfileDurations;
import org.caretwin.lang.care.RedirectPolicy;
import org.caretwin.lang.care.RemoteMode;
import org.caretwin.lang.care.Repeat;
import org.caretwin.lang.care.SiteSetting;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.care.WaitPolicy;
import org.caretwin.lang.generator.Units;
import org.caretwin.lang.interpret.BranchShares;
import org.caretwin.lang.interpret.StepResources;
import org.caretwin.lang.model.ResolvedModel.BranchRow;
import org.caretwin.lang.model.ResolvedModel.Condition;
import org.caretwin.lang.model.ResolvedModel.ConditionalCase;
import org.caretwin.lang.model.ResolvedModel.Policy;
import org.caretwin.lang.model.ResolvedModel.ProfileCount;
import org.caretwin.lang.model.ResolvedModel.ProfileLaw;
import org.caretwin.lang.model.ResolvedModel.Route;
import org.eclipse.xtext.EcoreUtil2;

/** The steps of pathways as records: resources, durations, repeats, remote modes, policies and routes. */
final class PathwayResolver {

	private final BranchShares branches;

	PathwayResolver(BranchShares branches) {
		this.branches = branches;
	}

	/** The stable name of a step in the model: {@code Pathway.Step}. */
	static String id(Step step) {
		return EcoreUtil2.getContainerOfType(step, Pathway.class).getName() + "." + step.getName();
	}

	ResolvedModel.Pathway pathway(Pathway pathway) {
		return new ResolvedModel.Pathway(pathway.getName(), pathway.getCohort().getName(),
				pathway.getSteps().stream().map(s -> step(pathway, s)).toList(), Positions.of(pathway));
	}

	private ResolvedModel.Step step(Pathway pathway, Step step) {
		return new ResolvedModel.Step(id(step), step.getName(), pathway.getName(), step.isDecides(),
				names(StepResources.needs(step)), names(step.getSeized()), names(step.getReleased()),
				otherwise(step.getDuration(), step.getDurations()), byProfile(step.getDurations()),
				otherwise(step.getDelay(), step.getDelays()), byProfile(step.getDelays()), setting(step),
				repeat(step.getRepeat()), policy(step), remote(step.getRemote()), route(pathway, step), Positions.of(step));
	}

	private static List<String> names(List<org.caretwin.lang.care.Resource> resources) {
		return resources.stream().map(org.caretwin.lang.care.Resource::getName).toList();
	}

	/** The law written once, or the {@code otherwise} law of one written by profile (null without either). */
	private static ResolvedModel.Distribution otherwise(org.caretwin.lang.care.Distribution once, ProfileDurations byProfile) {
		return Distributions.of(byProfile == null ? once : byProfile.getOtherwise());
	}

	private static List<ProfileLaw> byProfile(ProfileDurations byProfile) {
		return byProfile == null ? List.of() : byProfile.getCases().stream()
				.map(c -> new ProfileLaw(c.getProfile().getName(), Distributions.of(c.getValue()))).toList();
	}

	private static String setting(Step step) {
		return switch (step.getSetting()) {
		case HomeSetting home -> ResolvedModel.Step.AT_HOME;
		case SiteSetting site -> site.getSite().getName();
		case null, default -> null;
		};
	}

	private static ResolvedModel.Repeat repeat(Repeat repeat) {
		if (repeat == null) {
			return null;
		}
		List<ProfileCount> counts = repeat.getCounts().stream()
				.map(c -> new ProfileCount(c.getProfile().getName(), c.getCount())).toList();
		return new ResolvedModel.Repeat(counts.isEmpty() ? repeat.getCount() : 0, counts,
				Distributions.of(repeat.getInterval()), 1);
	}

	private static Policy policy(Step step) {
		return policy(step.getPolicy());
	}

	private static Policy policy(org.caretwin.lang.care.Policy policy) {
		return switch (policy) {
		case LosePolicy lose -> new ResolvedModel.Lose(lose.getReason());
		case RedirectPolicy redirect -> new ResolvedModel.Redirect(id(redirect.getStep()));
		case WaitPolicy wait -> new ResolvedModel.Wait(wait.getPriority() == null ? null : wait.getPriority().getName(),
				wait.getRank(), wait.getRanks().stream().map(r -> new ProfileCount(r.getProfile().getName(), r.getCount())).toList(),
				Distributions.of(wait.getPatience()), wait.getAfterPatience() == null ? null : policy(wait.getAfterPatience()));
		case null, default -> new ResolvedModel.Wait(null, 0, List.of(), null, null);
		};
	}

	private static ResolvedModel.RemoteMode remote(RemoteMode remote) {
		if (remote == null) {
			return null;
		}
		return new ResolvedModel.RemoteMode(remote.getName(),
				remote.getResources().stream().map(org.caretwin.lang.care.Resource::getName).toList(),
				otherwise(remote.getDuration(), remote.getDurations()), byProfile(remote.getDurations()), remote.getAdoption() == null ? 0 : remote.getAdoption().getValue() / 100,
				condition(remote.getCondition()), remote.getPreferredBy().stream().map(Profile::getName).toList());
	}

	/** A condition on a patient's attribute, its bound in hours when written with a time unit. */
	static Condition condition(org.caretwin.lang.care.Condition condition) {
		if (condition == null) {
			return null;
		}
		double bound = condition.getUnit() == null ? condition.getValue() : condition.getValue() * Units.hours(condition.getUnit());
		return new Condition(condition.getAttribute().getName(), condition.getComparison().getLiteral(), bound);
	}

	/** Where patients go: as written, else to the next step of the pathway, else out of it. */
	private Route route(Pathway pathway, Step step) {
		return switch (step.getRoute()) {
		case End end -> new ResolvedModel.End();
		case Next next -> new ResolvedModel.Next(id(next.getStep()));
		case Branch branch -> branch(step, branch);
		case null, default -> {
			int index = pathway.getSteps().indexOf(step);
			yield index + 1 < pathway.getSteps().size() ? new ResolvedModel.Next(id(pathway.getSteps().get(index + 1)))
					: new ResolvedModel.End();
		}
		};
	}

	private ResolvedModel.Branch branch(Step step, Branch branch) {
		List<Step> targets = branches.targets(step);
		List<ConditionalCase> conditional = new ArrayList<>();
		for (BranchCase c : BranchShares.conditionalCases(branch)) {
			conditional.add(new ConditionalCase(condition(c.getCondition()), shares(BranchShares.row(c, targets))));
		}
		return new ResolvedModel.Branch(targets.stream().map(PathwayResolver::id).toList(), rows(step, branch.getCases()),
				conditional);
	}

	/** One row of shares per profile of the step's cohort, from {@code cases}. */
	List<BranchRow> rows(Step step, List<BranchCase> cases) {
		double[][] shares = branches.byProfile(step, cases);
		List<BranchRow> rows = new ArrayList<>();
		for (int p = 0; p < shares.length; p++) {
			rows.add(new BranchRow(profileName(BranchShares.cohortOf(step), p), shares(shares[p])));
		}
		return rows;
	}

	/** The name of profile {@code p} of a cohort; null for the one profile of a cohort that declares none. */
	static String profileName(Cohort cohort, int p) {
		return cohort.getProfiles().isEmpty() ? null : cohort.getProfiles().get(p).getName();
	}

	static List<Double> shares(double[] row) {
		return Arrays.stream(row).boxed().toList();
	}
}
