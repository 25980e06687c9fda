package org.caretwin.lang.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.lang.diagnostics.ClosestName;
import org.caretwin.lang.diagnostics.Imports;
import org.caretwin.lang.diagnostics.SyntaxDamage;
import org.caretwin.lang.care.Branch;
import org.caretwin.lang.care.BranchCase;
import org.caretwin.lang.care.BranchTarget;
import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.EmpiricalTable;
import org.caretwin.lang.care.Fixed;
import org.caretwin.lang.care.Import;
import org.caretwin.lang.care.KpiRef;
import org.caretwin.lang.care.Parameter;
import org.caretwin.lang.care.Parametric;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Percent;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.generator.Units;
import org.caretwin.lang.load.EmpiricalValues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;

/** The modeller's mistakes, said in the modeller's words, at the place they were made. */
@ComposedChecks(validators = { RunnableModelValidator.class, NamesValidator.class, DecisionValidator.class,
		ProfileDurationValidator.class, ResourceUseValidator.class, ScheduleValidator.class, HeldResourceValidator.class,
		ScenarioOverrideValidator.class, TightResourceValidator.class, RoutedKpiValidator.class })
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
	public static final String UNIT_MISMATCH = "unitMismatch";
	public static final String BAD_SERIES = "badSeries";
	public static final String BAD_TABLE = "badTable";
	public static final String UNKNOWN_IMPORT = "unknownImport";

	private static final double TOLERANCE = 1e-9;

	/** Rules wait while the element they judge holds a syntax error: they would judge the parser's recovery. */
	@Override
	protected boolean isResponsible(Map<Object, Object> context, EObject object) {
		return super.isResponsible(context, object) && !SyntaxDamage.isDamaged(object);
	}

	/** An import brings the names under a territory of the model; one bringing nothing is a misspelt name. */
	@Check
	public void importBringsSomething(Import imported) {
		if (!Imports.bringsNothing(imported)) {
			return;
		}
		String namespace = Imports.namespace(imported);
		List<String> territories = Imports.territories(imported.eResource());
		String advice = ClosestName.to(namespace, territories).map(t -> " — did you mean '" + t + "'?")
				.orElse(territories.isEmpty() ? ": the model declares none" : ": territories: " + String.join(", ", territories));
		error("import " + imported.getImportedNamespace() + " brings nothing: no territory '" + namespace + "'" + advice,
				imported, CarePackage.Literals.IMPORT__IMPORTED_NAMESPACE, UNKNOWN_IMPORT);
	}

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
		String who = branchCase.getProfile() != null ? "the branch for " + branchCase.getProfile().getName()
				: branchCase.getCondition() != null ? "the branch where " + branchCase.getCondition().getAttribute().getName() + " …"
						: "this branch";
		if (otherwise && total > 100 + TOLERANCE) {
			error("The probabilities of " + who + " add up to " + format(total) + "%, leaving nothing for 'otherwise'",
					branchCase, CarePackage.Literals.BRANCH_CASE__TARGETS, BRANCH_SUM);
		} else if (!otherwise && Math.abs(total - 100) > TOLERANCE) {
			// Quick-fix data: the share missing (or in excess) for the last target.
			error("The probabilities of " + who + " add up to " + format(total)
					+ "%, not 100%: correct them or send the rest with 'otherwise -> Step'", branchCase,
					CarePackage.Literals.BRANCH_CASE__TARGETS, BRANCH_SUM, format(100 - total));
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
		PathwayGraph graph = new PathwayGraph(pathway);
		if (graph.hasUnresolvedStep()) {
			return; // the unresolved name is the error; the graph without it would find unreached steps that are not
		}
		Set<Step> reached = graph.reachableFrom(steps.get(0));
		Set<Step> ending = graph.canReachAnExit();
		for (Step step : steps) {
			if (!reached.contains(step)) {
				warning("The step " + step.getName() + " is never reached: no step leads to it", step,
						CarePackage.Literals.STEP__NAME, UNREACHABLE_STEP);
			} else if (!ending.contains(step)) {
				error("Patients who reach " + step.getName()
						+ " can never leave the pathway: the steps after it form a cycle without exit", step,
						CarePackage.Literals.STEP__NAME, CYCLE_WITHOUT_EXIT);
			}
		}
	}

	@Check
	public void kpiIsKnown(KpiRef kpi) {
		if (KpiCatalogue.familyOf(kpi.getFamily()).isEmpty()) {
			// Quick-fix data: the closest known name, e.g. waiting -> wait.
			String closest = ClosestName.nearest(kpi.getFamily(),
					KpiCatalogue.FAMILIES.stream().map(KpiCatalogue.Family::name).toList()).orElse("wait");
			error("Unknown indicator '" + kpi.getFamily() + "' (did you mean '" + closest + "'?); known: " + String.join(", ",
					KpiCatalogue.FAMILIES.stream().map(KpiCatalogue.Family::name).toList()), kpi,
					CarePackage.Literals.KPI_REF__FAMILY, UNKNOWN_KPI, closest);
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
	public void scenariosChangeBranchesByProfile(org.caretwin.lang.care.BranchOverride override) {
		for (BranchCase branchCase : override.getCases()) {
			if (branchCase.getCondition() != null) {
				error("A scenario changes a branch for a profile or for everyone; put conditions in the pathway itself",
						branchCase, CarePackage.Literals.BRANCH_CASE__CONDITION, UNKNOWN_TARGET);
			}
		}
	}

	@Check
	public void branchOverrideReplacesABranch(org.caretwin.lang.care.BranchOverride override) {
		if (override.getStep() != null && !override.getStep().eIsProxy() && !(override.getStep().getRoute() instanceof Branch)) {
			error("The step " + override.getStep().getName() + " has no branch to override", override,
					CarePackage.Literals.BRANCH_OVERRIDE__STEP, UNKNOWN_TARGET);
		}
	}

	/** Durations need a time unit; a shape does not. */
	@Check
	public void durationParametersHaveAUnit(Parametric distribution) {
		if (distribution.eContainer() instanceof org.caretwin.lang.care.Attribute) {
			return;
		}
		for (Parameter parameter : distribution.getParameters()) {
			if (parameter.getUnit() == null && !"shape".equals(parameter.getName())) {
				error("A duration needs a time unit: write e.g. '" + format(parameter.getValue()) + " min', 'h', 'days' or 'weeks'",
						parameter, CarePackage.Literals.PARAMETER__VALUE, UNIT_MISMATCH);
			}
			if (parameter.getUnit() != null && "shape".equals(parameter.getName())) {
				error("A shape has no unit", parameter, CarePackage.Literals.PARAMETER__UNIT, UNIT_MISMATCH);
			}
		}
	}

	/** The bound of an expectation is in the unit of its indicator. */
	@Check
	public void expectationUnitFitsTheKpi(org.caretwin.lang.care.Expectation expectation) {
		if (expectation.getKpi() == null || expectation.getUnit() == null) {
			return;
		}
		String unit = KpiCatalogue.unitOf(expectation.getKpi().getFamily());
		boolean timeKpi = unit.equals("days") || unit.startsWith("hours");
		String problem = null;
		if (expectation.getUnit() instanceof org.caretwin.lang.care.TimeUnitRef && !timeKpi) {
			problem = "is not a duration";
		} else if (expectation.getUnit() instanceof org.caretwin.lang.care.EuroUnit && !unit.startsWith("EUR")) {
			problem = "is not in EUR";
		} else if (expectation.getUnit() instanceof org.caretwin.lang.care.PercentUnit && !unit.equals("share")) {
			problem = "is not a share";
		}
		if (problem != null && !unit.isEmpty()) {
			error(expectation.getKpi().getFamily() + " " + problem + " (its unit is " + unit + "): change the bound's unit",
					expectation, CarePackage.Literals.EXPECTATION__UNIT, UNIT_MISMATCH);
		}
	}

	/** The argument of an indicator names a step, a resource (and zone) or 'per patient', as its family needs. */
	@Check
	public void kpiArgumentNamesSomethingThatExists(KpiRef kpi) {
		var family = KpiCatalogue.familyOf(kpi.getFamily());
		if (family.isEmpty()) {
			return;
		}
		String argument = kpi.getArgument() == null ? null : org.caretwin.lang.generator.KpiNames.normalise(kpi.getArgument());
		ModelNames names = ModelNames.of(kpi);
		boolean quoted = kpi.getArgument() != null && kpi.getArgument().trim().startsWith("\"");
		String problem = quoted && family.get().argument() != KpiCatalogue.Argument.REASON
				? "only a reason is quoted, as in lost(\"no bed\"): write the name without quotes"
				: switch (family.get().argument()) {
		case NONE -> argument == null ? null : kpi.getFamily() + " takes no argument";
		case STEP -> argument == null ? required(kpi, argument, "a step") : names.steps().resolve(argument).problem();
		case STEP_PAIR -> stepPair(argument, names);
		case ROUTE -> stepPair(argument, names);
		case RESOURCE -> resource(kpi, argument, names);
		case RESOURCE_AT_CLOCK -> census(argument, names);
		case PATHWAY -> "pathway".equals(argument) ? null : "write " + kpi.getFamily() + "(pathway)";
		case PER_PATIENT -> "per patient".equals(argument) ? null : "write " + kpi.getFamily() + "(per patient)";
		case ACTOR_OR_PER_PATIENT -> argument != null ? null : "write cost(per patient) or cost(Actor)";
		case REASON -> argument == null ? null : lossReason(argument, kpi);
		};
		if (problem != null) {
			// as written: a quoted reason may hold any character, a line break too
			String written = family.get().argument() == KpiCatalogue.Argument.REASON && kpi.getArgument() != null
					? kpi.getArgument().trim() : argument;
			error("In " + kpi.getFamily() + (written == null ? "" : "(" + written + ")") + ": " + problem, kpi,
					CarePackage.Literals.KPI_REF__ARGUMENT, UNKNOWN_KPI);
		}
	}

	/** A reason some {@code lose "..."} (or {@code redirect to Step "..."}) of the model gives; the error lists those there are. */
	private static String lossReason(String argument, KpiRef kpi) {
		var index = org.caretwin.lang.interpret.ModelIndex.of(kpi.eResource());
		boolean lost = KpiCatalogue.LOST.name().equals(kpi.getFamily());
		java.util.Set<String> reasons = lost ? org.caretwin.lang.interpret.LossReasons.of(index)
				: org.caretwin.lang.interpret.LossReasons.ofRedirections(index);
		if (reasons.contains(argument)) {
			return null;
		}
		return reasons.isEmpty() ? (lost ? "no step loses patients ('when unavailable lose \"reason\"')"
				: "no redirection gives a reason ('when unavailable redirect to Step \"reason\"')")
				: "no patient is " + (lost ? "lost" : "redirected") + " for that reason: the reasons are "
						+ reasons.stream().map(r -> "\"" + org.eclipse.xtext.util.Strings.convertToJavaString(r) + "\"").collect(java.util.stream.Collectors.joining(", "));
	}

	private static String required(KpiRef kpi, String argument, String what) {
		return argument == null ? "name " + what + ", e.g. " + kpi.getFamily() + "(Surgery)" : null;
	}

	private static String stepPair(String argument, ModelNames names) {
		String[] pair = argument == null ? new String[0] : argument.split(",");
		if (pair.length != 2) {
			return "name two steps, e.g. time(Referral, Surgery)";
		}
		for (String step : pair) {
			String problem = names.steps().resolve(step).problem();
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private static String census(String argument, ModelNames names) {
		java.util.regex.Matcher census = argument == null ? null
				: org.caretwin.lang.generator.KpiNames.CENSUS.matcher(argument);
		if (census == null || !census.matches()) {
			return "name a resource and a clock time, e.g. census(Bed at 00:00)";
		}
		if (!names.resources().contains(census.group(1))) {
			return "there is no resource " + census.group(1) + "; resources: " + names.resources();
		}
		if (census.group(2).length() > 2 || Integer.parseInt(census.group(2)) > 23 || census.group(3).length() != 2
				|| Integer.parseInt(census.group(3)) > 59) {
			return census.group(2) + ":" + census.group(3) + " is not a clock time: write hh:mm, from 00:00 to 23:59";
		}
		return null;
	}

	private static String resource(KpiRef kpi, String argument, ModelNames names) {
		if (argument == null) {
			return "name a resource, e.g. " + kpi.getFamily() + "(Surgeon), (Surgeon@Zone) or (Surgeon by zone)";
		}
		String resource = argument.replaceAll(" by zone$", "");
		String zone = null;
		int at = resource.indexOf('@');
		if (at >= 0) {
			zone = resource.substring(at + 1);
			resource = resource.substring(0, at);
		}
		if (!names.resources().contains(resource)) {
			return "there is no resource " + resource + "; resources: " + names.resources();
		}
		if (zone != null && !names.zones().contains(zone)) {
			return "there is no zone " + zone + "; zones: " + names.zones();
		}
		return null;
	}

	/** A resource with no unit at all cannot serve the steps that need it. */
	@Check
	public void stepResourcesHaveUnits(Step step) {
		for (int i = 0; i < step.getResources().size(); i++) {
			org.caretwin.lang.care.Resource resource = step.getResources().get(i);
			boolean none = resource.getSupply() instanceof org.caretwin.lang.care.Count count && count.getValue() == 0
					|| resource.getSupply() instanceof org.caretwin.lang.care.Density density && (density.getValue() == 0
							|| resource.getShare() != null && resource.getShare().getValue() == 0);
			if (!resource.eIsProxy() && none) {
				error(resource.getName() + " has no units, so " + step.getName()
						+ " could never start: give it a count or a density", step, CarePackage.Literals.STEP__RESOURCES, i,
						UNKNOWN_TARGET);
			}
		}
	}

	@Check
	public void arrivalSeriesIsReadable(org.caretwin.lang.care.SeriesArrivals series) {
		var read = org.caretwin.lang.load.ArrivalSeries.read(series, series.getFile());
		if (!read.ok()) {
			error(read.problem(), series, CarePackage.Literals.SERIES_ARRIVALS__FILE, BAD_SERIES);
		}
	}

	/** A schedule's file must read as weekly slots of the cohort's profiles. */
	@Check
	public void scheduleTableIsReadable(org.caretwin.lang.care.ScheduledArrivals scheduled) {
		if (scheduled.getFile() == null || !(scheduled.eContainer() instanceof Cohort cohort)) {
			return;
		}
		var read = org.caretwin.lang.load.ScheduleTable.read(scheduled, scheduled.getFile(),
				cohort.getProfiles().stream().map(org.caretwin.lang.care.Profile::getName).toList());
		if (!read.ok()) {
			error(read.problem(), scheduled, CarePackage.Literals.SCHEDULED_ARRIVALS__FILE, BAD_TABLE);
		}
	}

	/** A table's file must read as a column of values; a duration drawn from it needs the unit of those values. */
	@Check
	public void empiricalTableIsReadable(EmpiricalTable table) {
		var read = EmpiricalValues.read(table, table.getFile(), table.getColumn());
		if (!read.ok()) {
			error(read.problem(), table, CarePackage.Literals.EMPIRICAL_TABLE__FILE, BAD_TABLE);
		} else if (table.getUnit() == null && !(table.eContainer() instanceof org.caretwin.lang.care.Attribute)) {
			error("A duration needs a time unit: write e.g. 'column " + table.getColumn() + " in days' (or min, h, weeks)",
					table, CarePackage.Literals.EMPIRICAL_TABLE__COLUMN, UNIT_MISMATCH);
		} else if (table.getUnit() != null
				&& Arrays.stream(read.values()).max().orElse(0) * Units.hours(table.getUnit()) > RunnableModelValidator.LONGEST_HOURS) {
			error(table.getFile() + " holds a time over 100 years, which cannot be simulated", table,
					CarePackage.Literals.EMPIRICAL_TABLE__FILE, RunnableModelValidator.OUT_OF_RANGE);
		}
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
