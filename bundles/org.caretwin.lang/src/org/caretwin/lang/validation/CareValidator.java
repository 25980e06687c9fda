package org.caretwin.lang.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.lang.care.Branch;
import org.caretwin.lang.care.BranchCase;
import org.caretwin.lang.care.BranchTarget;
import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.End;
import org.caretwin.lang.care.Fixed;
import org.caretwin.lang.care.KpiRef;
import org.caretwin.lang.care.Next;
import org.caretwin.lang.care.Parameter;
import org.caretwin.lang.care.Parametric;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Percent;
import org.caretwin.lang.care.Profile;
import org.caretwin.lang.care.RedirectPolicy;
import org.caretwin.lang.care.Step;
import org.eclipse.xtext.validation.Check;

/** The modeller's mistakes, said in the modeller's words, at the place they were made. */
public class CareValidator extends AbstractCareValidator {

	public static final String BRANCH_SUM = "branchSum";
	public static final String UNREACHABLE_STEP = "unreachableStep";
	public static final String CYCLE_WITHOUT_EXIT = "cycleWithoutExit";
	public static final String NON_POSITIVE = "nonPositive";
	public static final String UNKNOWN_KPI = "unknownKpi";
	public static final String PROFILE_SHARES = "profileShares";
	public static final String BAD_PERCENT = "badPercent";
	public static final String MISSING_PARAMETER = "missingParameter";
	public static final String UNKNOWN_TARGET = "unknownTarget";

	private static final double TOLERANCE = 1e-9;

	@Check
	public void percentIsAShare(Percent percent) {
		if (percent.getValue() > 100) {
			error("A share cannot exceed 100%", percent, CarePackage.Literals.PERCENT__VALUE, BAD_PERCENT);
		}
	}

	@Check
	public void profileSharesSumToOne(Cohort cohort) {
		if (cohort.getProfiles().isEmpty()) {
			return;
		}
		double total = cohort.getProfiles().stream().mapToDouble(p -> p.getShare().getValue()).sum();
		if (Math.abs(total - 100) > TOLERANCE) {
			error(String.format(java.util.Locale.ROOT, "The profiles of %s add up to %s%%, not 100%%", cohort.getName(),
					format(total)), cohort, CarePackage.Literals.COHORT__PROFILES, PROFILE_SHARES);
		}
	}

	@Check
	public void branchProbabilitiesSumToOne(BranchCase branchCase) {
		double total = 0;
		boolean otherwise = false;
		for (BranchTarget target : branchCase.getTargets()) {
			if (target.isOtherwise()) {
				otherwise = true;
			} else {
				total += target.getProbability().getValue();
			}
		}
		String who = branchCase.getProfile() == null ? "this branch" : "the branch for " + branchCase.getProfile().getName();
		if (otherwise && total > 100 + TOLERANCE) {
			error("The probabilities of " + who + " add up to " + format(total) + "%, leaving nothing for 'otherwise'",
					branchCase, CarePackage.Literals.BRANCH_CASE__TARGETS, BRANCH_SUM);
		} else if (!otherwise && Math.abs(total - 100) > TOLERANCE) {
			error("The probabilities of " + who + " add up to " + format(total)
					+ "%, not 100%: correct them or send the rest with 'otherwise -> Step'", branchCase,
					CarePackage.Literals.BRANCH_CASE__TARGETS, BRANCH_SUM);
		}
	}

	@Check
	public void fixedDurationIsPositive(Fixed fixed) {
		if (fixed.getValue() != null && !(fixed.getValue().getValue() > 0)) {
			error("A duration must be more than zero", fixed, CarePackage.Literals.FIXED__VALUE, NON_POSITIVE);
		}
	}

	@Check
	public void distributionHasItsParameters(Parametric distribution) {
		List<Parameter> parameters = distribution.getParameters();
		switch (distribution.getLaw()) {
		case LOGNORMAL, GAMMA, NORMAL -> requireNamed(distribution, parameters, "mean", "sd");
		case EXPONENTIAL -> requireNamed(distribution, parameters, "mean");
		case WEIBULL -> requireNamed(distribution, parameters, "shape", "scale");
		case UNIFORM -> requireCount(distribution, parameters, 2, "uniform(minimum, maximum)");
		case TRIANGULAR -> requireCount(distribution, parameters, 3, "triangular(minimum, mode, maximum)");
		case CONSTANT -> requireCount(distribution, parameters, 1, "constant(value)");
		case EMPIRICAL -> {
			if (parameters.isEmpty()) {
				error("empirical needs at least one value, e.g. empirical(2 days weight 3, 5 days weight 1)",
						distribution, CarePackage.Literals.PARAMETRIC__PARAMETERS, MISSING_PARAMETER);
			}
		}
		}
		for (Parameter parameter : parameters) {
			boolean mayBeZero = parameter.getName() == null && distribution.getLaw() != org.caretwin.lang.care.Law.CONSTANT;
			if (parameter.getValue() < 0 || (!mayBeZero && parameter.getValue() == 0)) {
				error("This value must be more than zero", parameter, CarePackage.Literals.PARAMETER__VALUE, NON_POSITIVE);
			}
		}
	}

	private void requireNamed(Parametric distribution, List<Parameter> parameters, String... names) {
		for (String name : names) {
			boolean present = parameters.stream()
					.anyMatch(p -> name.equals(p.getName()));
			if (!present) {
				error(distribution.getLaw().getLiteral() + " needs '" + name + "', e.g. "
						+ distribution.getLaw().getLiteral() + "(" + String.join(", ", example(names)) + ")",
						distribution, CarePackage.Literals.PARAMETRIC__LAW, MISSING_PARAMETER);
			}
		}
	}

	private static List<String> example(String[] names) {
		return java.util.Arrays.stream(names).map(n -> switch (n) {
		case "mean" -> "mean 30 min";
		case "sd" -> "sd 10 min";
		case "shape" -> "shape 1.5";
		default -> "scale 20 days";
		}).toList();
	}

	private void requireCount(Parametric distribution, List<Parameter> parameters, int count, String form) {
		if (parameters.size() != count) {
			error("Write it as " + form, distribution, CarePackage.Literals.PARAMETRIC__PARAMETERS, MISSING_PARAMETER);
		}
	}

	@Check
	public void everyStepIsReachableAndEveryCycleHasAnExit(Pathway pathway) {
		List<Step> steps = pathway.getSteps();
		if (steps.isEmpty()) {
			return;
		}
		Set<Step> reached = reachableFrom(steps.get(0), pathway);
		for (Step step : steps) {
			if (!reached.contains(step)) {
				warning("The step " + step.getName() + " is never reached: no step leads to it", step,
						CarePackage.Literals.STEP__NAME, UNREACHABLE_STEP);
			}
		}
		for (Step step : reached) {
			if (!canEnd(step, pathway)) {
				error("Patients who reach " + step.getName()
						+ " can never leave the pathway: the steps after it form a cycle without exit", step,
						CarePackage.Literals.STEP__NAME, CYCLE_WITHOUT_EXIT);
			}
		}
	}

	private static Set<Step> reachableFrom(Step first, Pathway pathway) {
		Set<Step> reached = new java.util.LinkedHashSet<>();
		Deque<Step> todo = new ArrayDeque<>(List.of(first));
		while (!todo.isEmpty()) {
			Step step = todo.pop();
			if (step.eIsProxy() || !reached.add(step)) {
				continue;
			}
			todo.addAll(successors(step, pathway));
		}
		return reached;
	}

	private static boolean canEnd(Step step, Pathway pathway) {
		for (Step reached : reachableFrom(step, pathway)) {
			if (reached.getRoute() instanceof End || successors(reached, pathway).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/** The steps a patient may go to after {@code step}: the route, or the next step in the text. */
	static List<Step> successors(Step step, Pathway pathway) {
		List<Step> next = new java.util.ArrayList<>();
		if (step.getRoute() instanceof Next n) {
			next.add(n.getStep());
		} else if (step.getRoute() instanceof Branch b) {
			b.getCases().forEach(c -> c.getTargets().forEach(t -> next.add(t.getStep())));
		} else if (!(step.getRoute() instanceof End)) {
			int index = pathway.getSteps().indexOf(step);
			if (index + 1 < pathway.getSteps().size()) {
				next.add(pathway.getSteps().get(index + 1));
			}
		}
		if (step.getPolicy() instanceof RedirectPolicy redirect) {
			next.add(redirect.getStep());
		}
		next.removeIf(s -> s == null || s.eIsProxy());
		return next;
	}

	@Check
	public void kpiIsKnown(KpiRef kpi) {
		if (KpiCatalogue.familyOf(kpi.getFamily()).isEmpty()) {
			error("Unknown indicator '" + kpi.getFamily() + "'; known: " + String.join(", ",
					KpiCatalogue.FAMILIES.stream().map(KpiCatalogue.Family::name).toList()), kpi,
					CarePackage.Literals.KPI_REF__FAMILY, UNKNOWN_KPI);
		}
	}

	@Check
	public void innovationChangesWhatExists(org.caretwin.lang.care.Change change) {
		if (change instanceof org.caretwin.lang.care.RemoteAdoption adoption && adoption.getStep() != null
				&& !adoption.getStep().eIsProxy()) {
			org.caretwin.lang.care.RemoteMode mode = adoption.getStep().getRemote();
			if (mode == null || !mode.getName().equals(adoption.getMode())) {
				error("The step " + adoption.getStep().getName() + " has no remote mode " + adoption.getMode()
						+ ": declare it in the pathway, e.g. 'remote " + adoption.getMode() + " takes 10 min'", adoption,
						CarePackage.Literals.REMOTE_ADOPTION__MODE, UNKNOWN_TARGET);
			}
		}
		if (change instanceof org.caretwin.lang.care.RepeatChange repeat && repeat.getStep() != null
				&& !repeat.getStep().eIsProxy() && repeat.getStep().getRepeat() == null) {
			error("The step " + repeat.getStep().getName() + " is not repeated: give it 'repeat N every …' first", repeat,
					CarePackage.Literals.CHANGE__STEP, UNKNOWN_TARGET);
		}
	}

	@Check
	public void branchOverrideReplacesABranch(org.caretwin.lang.care.BranchOverride override) {
		if (override.getStep() != null && !override.getStep().eIsProxy() && !(override.getStep().getRoute() instanceof Branch)) {
			error("The step " + override.getStep().getName() + " has no branch to override", override,
					CarePackage.Literals.BRANCH_OVERRIDE__STEP, UNKNOWN_TARGET);
		}
	}

	@Check
	public void profileNamesAreUnique(Cohort cohort) {
		Set<String> names = new HashSet<>();
		for (Profile profile : cohort.getProfiles()) {
			if (!names.add(profile.getName())) {
				error("Duplicate profile " + profile.getName(), profile, CarePackage.Literals.PROFILE__NAME);
			}
		}
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
