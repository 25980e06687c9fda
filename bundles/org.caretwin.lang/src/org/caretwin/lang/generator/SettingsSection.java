package org.caretwin.lang.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.caretwin.lang.care.Apply;
import org.caretwin.lang.care.ArrivalsOverride;
import org.caretwin.lang.care.Branch;
import org.caretwin.lang.care.BranchOverride;
import org.caretwin.lang.care.CalendarOverride;
import org.caretwin.lang.care.Change;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.Condition;
import org.caretwin.lang.care.Count;
import org.caretwin.lang.care.CountOverride;
import org.caretwin.lang.care.Density;
import org.caretwin.lang.care.Disruption;
import org.caretwin.lang.care.Innovation;
import org.caretwin.lang.care.InnovationOverride;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.RemoteAdoption;
import org.caretwin.lang.care.RepeatChange;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.care.Scenario;
import org.caretwin.lang.care.ScenarioChange;
import org.caretwin.lang.care.ShareOverride;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.care.StepTimeOverride;
import org.caretwin.lang.care.WindowArrivals;
import org.caretwin.lang.care.WindowChange;
import org.caretwin.lang.care.WindowCount;
import org.caretwin.lang.interpret.BranchShares;
import org.caretwin.lang.interpret.Factors;
import org.caretwin.lang.interpret.ZoneFactors;

/**
 * The {@code Settings} class (everything a scenario may change, with the model's values as defaults) and one method
 * per scenario that applies its changes on top of its parent's.
 */
final class SettingsSection {

	private final GenerationContext context;

	SettingsSection(GenerationContext context) {
		this.context = context;
	}

	String countField(Resource resource) {
		return context.field(resource, "Count");
	}

	String calendarField(Resource resource) {
		return context.field(resource, "Calendar");
	}

	/** Whether a scenario gives the resource another calendar: only then is its calendar a setting. */
	boolean calendarChanged(Resource resource) {
		return overrides().anyMatch(c -> c instanceof CalendarOverride o && o.getResource() == resource);
	}

	String shareField(Resource resource) {
		return context.field(resource, "Share");
	}

	String branchField(Step step) {
		return context.field(step, "Branch");
	}

	String conditionalField(Step step, int index) {
		return context.field(step, "BranchWhere" + index);
	}

	String adoptionField(Step step) {
		return context.field(step, "RemoteAdoption");
	}

	String eligibleField(Step step) {
		return context.field(step, "RemoteEligible");
	}

	String repeatField(Step step) {
		return context.field(step, "RepeatFactor");
	}

	String arrivalsField(Cohort cohort) {
		return context.field(cohort, "ArrivalsFactor");
	}

	String timeField(Step step, boolean delay) {
		return context.field(step, delay ? "DelayFactor" : "DurationFactor");
	}

	String zoneArrivalsField(Cohort cohort) {
		return context.field(cohort, "ZoneArrivalsFactor");
	}

	/** Whether a scenario changes the cohort's arrivals: only then has it a factor, so other models read as before. */
	boolean arrivalsChanged(Cohort cohort) {
		return overrides().anyMatch(c -> c instanceof ArrivalsOverride a && a.getZone() == null
				&& (a.getCohort() == null || a.getCohort() == cohort));
	}

	/** Whether a scenario changes the rate of one of the cohort's zones: only then has it a factor per zone. */
	boolean zoneArrivalsChanged(Cohort cohort) {
		return overrides().anyMatch(c -> c instanceof ArrivalsOverride a && ZoneFactors.concerns(a, cohort));
	}

	/** Whether a scenario changes the step's durations ({@code takes +10%}) or, {@code delay}, its planned delays. */
	boolean timeChanged(Step step, boolean delay) {
		return overrides().anyMatch(c -> c instanceof StepTimeOverride t && t.getStep() == step && t.isDelay() == delay);
	}

	/** Whether a scenario has a window of time ({@code from week 10 to week 14: ...}). */
	boolean hasDisruptions() {
		return overrides().anyMatch(Disruption.class::isInstance);
	}

	private java.util.stream.Stream<ScenarioChange> overrides() {
		return context.index.scenarios.stream().flatMap(s -> s.getChanges().stream());
	}

	String generate() {
		StringBuilder out = new StringBuilder();
		out.append("""
				    /** The values a scenario can change; the defaults are the model's. */
				    static final class Settings {
				""");
		for (Resource resource : context.index.resources) {
			if (calendarChanged(resource)) {
				out.append("        /** ").append(SourceLocation.of(resource)).append(": the calendar of ").append(resource.getName())
						.append(" (\"\" for always open) */\n");
				out.append("        String ").append(calendarField(resource)).append(" = ")
						.append(JavaNames.string(resource.getCalendar() == null ? "" : resource.getCalendar().getName())).append(";\n");
			}
			if (resource.getSupply() instanceof Count count) {
				out.append("        /** ").append(SourceLocation.of(resource)).append(" */\n");
				out.append("        int ").append(countField(resource)).append(" = ").append(count.getValue()).append(";\n");
			} else if (resource.getSupply() instanceof Density) {
				double share = resource.getShare() == null ? 1 : resource.getShare().getValue() / 100;
				out.append("        /** ").append(SourceLocation.of(resource)).append(": share of their time for this pathway */\n");
				out.append("        double ").append(shareField(resource)).append(" = ").append(Units.literal(share)).append(";\n");
			}
		}
		if (hasDisruptions()) {
			out.append("        /** Windows of time with changes of their own, in the order the scenario writes them */\n");
			out.append("        final List<org.caretwin.engine.pathway.Disruption> disruptions = new java.util.ArrayList<>();\n");
		}
		for (Cohort cohort : context.index.cohorts) {
			if (arrivalsChanged(cohort)) {
				out.append("        /** ").append(SourceLocation.of(cohort)).append(": arrivals of ").append(cohort.getName())
						.append(" as frequent as written times this */\n");
				out.append("        double ").append(arrivalsField(cohort)).append(" = 1;\n");
			}
			if (zoneArrivalsChanged(cohort)) {
				out.append("        /** ").append(SourceLocation.of(cohort)).append(": arrivals of ").append(cohort.getName())
						.append(" from each zone, in zone order, as frequent as written times this */\n");
				out.append("        final double[] ").append(zoneArrivalsField(cohort)).append(" = ")
						.append(matrix(new double[][] { ones(context.index.territory().getZones().size()) }).replaceAll("^\\{ |\\ }$", ""))
						.append(";\n");
			}
		}
		for (Pathway pathway : context.index.pathways) {
			for (Step step : pathway.getSteps()) {
				stepSettings(out, step);
			}
		}
		out.append("    }\n\n");
		scenarioMethods(out);
		return out.toString();
	}

	private void stepSettings(StringBuilder out, Step step) {
		String where = SourceLocation.of(step);
		if (step.getRoute() instanceof Branch branch) {
			List<String> targets = context.branches.targets(step).stream().map(Step::getName).toList();
			out.append("        /** ").append(where).append(": branch after ").append(step.getName())
					.append(", one row per profile, one column per target ").append(targets).append(" */\n");
			out.append("        double[][] ").append(branchField(step)).append(" = ")
					.append(matrix(context.branches.byProfile(step, branch.getCases()))).append(";\n");
			List<org.caretwin.lang.care.BranchCase> conditional = BranchShares.conditionalCases(branch);
			for (int i = 0; i < conditional.size(); i++) {
				out.append("        /** ").append(SourceLocation.of(conditional.get(i))).append(": ")
						.append(SourceLocation.text(conditional.get(i))).append(" */\n");
				out.append("        double[] ").append(conditionalField(step, i)).append(" = ")
						.append(matrix(new double[][] { BranchShares.row(conditional.get(i), context.branches.targets(step)) })
								.replaceAll("^\\{ |\\ }$", ""))
						.append(";\n");
			}
		}
		if (step.getRemote() != null) {
			double adoption = step.getRemote().getAdoption() == null ? 0 : step.getRemote().getAdoption().getValue() / 100;
			out.append("        /** ").append(where).append(": share of eligible patients who use ")
					.append(step.getRemote().getName()).append(" */\n");
			out.append("        double ").append(adoptionField(step)).append(" = ").append(Units.literal(adoption)).append(";\n");
			out.append("        Predicate<Patient> ").append(eligibleField(step)).append(" = ")
					.append(predicate(step.getRemote().getCondition())).append(";\n");
		}
		if (step.getRepeat() != null) {
			out.append("        double ").append(repeatField(step)).append(" = 1;\n");
		}
		for (boolean delay : new boolean[] { false, true }) {
			if (timeChanged(step, delay)) {
				out.append("        /** ").append(where).append(": ").append(delay ? "planned delays" : "durations").append(" of ")
						.append(step.getName()).append(" times this */\n");
				out.append("        double ").append(timeField(step, delay)).append(" = 1;\n");
			}
		}
	}

	private static double[] ones(int length) {
		double[] ones = new double[length];
		java.util.Arrays.fill(ones, 1);
		return ones;
	}

	private static String matrix(double[][] rows) {
		List<String> lines = new ArrayList<>();
		for (double[] row : rows) {
			lines.add("{ " + java.util.Arrays.stream(row).mapToObj(v -> String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+$", ""))
					.collect(Collectors.joining(", ")) + " }");
		}
		return "{ " + String.join(", ", lines) + " }";
	}

	/** A patient predicate for an eligibility condition such as {@code age < 85 years}. */
	String predicate(Condition condition) {
		if (condition == null) {
			return "patient -> true";
		}
		String bound = condition.getUnit() == null ? Units.literal(condition.getValue())
				: Units.quantity(condition.getValue(), condition.getUnit());
		return "patient -> patient.attribute(" + context.constant(condition.getAttribute(), "") + ") "
				+ condition.getComparison().getLiteral() + " " + bound;
	}

	private void scenarioMethods(StringBuilder out) {
		out.append("    /** The settings of a scenario. */\n");
		out.append("    static Settings settings(String scenario) {\n");
		out.append("        Settings settings = new Settings();\n");
		out.append("        switch (scenario) {\n");
		for (Scenario scenario : context.index.scenarios) {
			out.append("        case ").append(JavaNames.string(scenario.getName())).append(" -> ")
					.append(method(scenario)).append("(settings);\n");
		}
		if (context.index.scenarios.isEmpty()) {
			out.append("        case \"Baseline\" -> { }\n");
		}
		out.append("        default -> throw new IllegalArgumentException(\"unknown scenario \" + scenario);\n");
		out.append("        }\n        return settings;\n    }\n\n");
		for (Scenario scenario : context.index.scenarios) {
			out.append("    /** ").append(SourceLocation.text(scenario)).append("   (").append(SourceLocation.of(scenario))
					.append(") */\n");
			out.append("    private static void ").append(method(scenario)).append("(Settings settings) {\n");
			if (scenario.getParent() != null) {
				out.append("        ").append(method(scenario.getParent())).append("(settings);\n");
			}
			for (ScenarioChange change : scenario.getChanges()) {
				apply(out, change);
			}
			out.append("    }\n\n");
		}
	}

	private String method(Scenario scenario) {
		return context.method("scenario", scenario);
	}

	private void apply(StringBuilder out, ScenarioChange change) {
		out.append("        // ").append(SourceLocation.text(change)).append('\n');
		switch (change) {
		case Apply apply -> {
			for (Innovation innovation : apply.getInnovations()) {
				for (Change c : innovation.getChanges()) {
					out.append("        //   ").append(innovation.getName()).append(": ").append(SourceLocation.text(c)).append('\n');
					applyInnovationChange(out, c);
				}
			}
		}
		case ShareOverride share -> out.append("        settings.").append(shareField(share.getResource())).append(" = ")
				.append(Units.literal(share.getShare().getValue() / 100)).append(";\n");
		case CountOverride count -> out.append("        settings.").append(countField(count.getResource())).append(" = ")
				.append(count.getCount()).append(";\n");
		case CalendarOverride calendar -> out.append("        settings.").append(calendarField(calendar.getResource())).append(" = ")
				.append(JavaNames.string(calendar.getCalendar().getName())).append(";\n");
		case BranchOverride branch -> {
			double[][] rows = context.branches.byProfile(branch.getStep(), branch.getCases());
			String field = branchField(branch.getStep());
			for (int p = 0; p < rows.length; p++) {
				if (BranchShares.overrides(branch, p)) {
					out.append("        settings.").append(field).append("[").append(p).append("] = new double[] ")
							.append(matrix(new double[][] { rows[p] }).replaceAll("^\\{ |\\ }$", "")).append(";\n");
				}
			}
		}
		case ArrivalsOverride arrivals when arrivals.getZone() != null -> {
			int zone = context.index.territory().getZones().indexOf(arrivals.getZone());
			for (Cohort cohort : context.index.cohorts) {
				if (ZoneFactors.concerns(arrivals, cohort)) {
					out.append("        settings.").append(zoneArrivalsField(cohort)).append("[").append(zone).append("] *= ")
							.append(Units.literal(Factors.of(arrivals.getChange()))).append(";\n");
				}
			}
		}
		case ArrivalsOverride arrivals -> {
			for (Cohort cohort : context.index.cohorts) {
				if (arrivals.getCohort() == null || arrivals.getCohort() == cohort) {
					out.append("        settings.").append(arrivalsField(cohort)).append(" *= ")
							.append(Units.literal(Factors.of(arrivals.getChange()))).append(";\n");
				}
			}
		}
		case StepTimeOverride time -> out.append("        settings.").append(timeField(time.getStep(), time.isDelay())).append(" *= ")
				.append(Units.literal(Factors.of(time.getChange()))).append(";\n");
		case InnovationOverride innovation -> applyInnovationChange(out, innovation.getChange());
		case Disruption disruption -> out.append("        settings.disruptions.add(new org.caretwin.engine.pathway.Disruption(")
				.append(disruption.getFrom()).append(" * WEEK, ").append(disruption.getTo()).append(" * WEEK, List.of(")
				.append(disruption.getChanges().stream().map(SettingsSection::windowChange).collect(Collectors.joining(", ")))
				.append(")));\n");
		default -> throw new IllegalStateException("unexpected scenario change " + change);
		}
	}

	private static String windowChange(WindowChange change) {
		return switch (change) {
		case WindowCount count -> "new org.caretwin.engine.pathway.Disruption.Capacity(" + JavaNames.string(count.getResource().getName())
				+ ", " + Units.literal(Factors.of(count.getChange())) + ")";
		case WindowArrivals arrivals -> "new org.caretwin.engine.pathway.Disruption.ArrivalRate("
				+ (arrivals.getCohort() == null ? "null" : JavaNames.string(arrivals.getCohort().getName())) + ", "
				+ Units.literal(Factors.of(arrivals.getChange())) + ")";
		default -> throw new IllegalStateException("unexpected window change " + change);
		};
	}

	private void applyInnovationChange(StringBuilder out, Change change) {
		switch (change) {
		case RemoteAdoption adoption -> {
			out.append("        settings.").append(adoptionField(adoption.getStep())).append(" = ")
					.append(Units.literal(adoption.getAdoption().getValue() / 100)).append(";\n");
			if (adoption.getCondition() != null) {
				out.append("        settings.").append(eligibleField(adoption.getStep())).append(" = ")
						.append(predicate(adoption.getCondition())).append(";\n");
			}
		}
		case RepeatChange repeat -> {
			double factor = Factors.of(repeat.getChange());
			out.append("        settings.").append(repeatField(repeat.getStep())).append(" *= ")
					.append(Units.literal(factor)).append(";\n");
		}
		default -> throw new IllegalStateException("unexpected innovation change " + change);
		}
	}
}
