package org.caretwin.lang.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.lang.care.EuroUnit;
import org.caretwin.lang.care.Expectation;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.KpiRef;
import org.caretwin.lang.care.PercentUnit;
import org.caretwin.lang.care.TimeUnitRef;
import org.caretwin.lang.care.Zone;
import org.caretwin.lang.interpret.ExperimentScenarios;

/** The {@code plan()} method: scenarios, horizon, warm-up, replications, seed, KPIs and expectations. */
final class PlanSection {

	private final GenerationContext context;

	PlanSection(GenerationContext context) {
		this.context = context;
	}

	/** The KPI names a reference stands for ({@code X by zone} gives one per zone). */
	List<String> names(KpiRef kpi) {
		if (kpi.getArgument() == null) {
			return List.of(kpi.getFamily());
		}
		String argument = KpiNames.normalise(kpi.getArgument());
		if (argument.endsWith(" by zone")) {
			String subject = argument.substring(0, argument.length() - " by zone".length());
			List<String> names = new ArrayList<>();
			names.add(kpi.getFamily() + "(" + subject + ")");
			if (context.index.territory() != null && context.index.territory().getZones().size() > 1) {
				for (Zone zone : context.index.territory().getZones()) {
					names.add(kpi.getFamily() + "(" + subject + "@" + zone.getName() + ")");
				}
			}
			return names;
		}
		return List.of(kpi.getFamily() + "(" + engineNames(kpi.getFamily(), argument) + ")");
	}

	/** Step arguments as the engine names the steps ({@code Pathway.Step} when there are several pathways). */
	private String engineNames(String family, String argument) {
		KpiCatalogue.Argument kind = KpiCatalogue.familyOf(family).map(KpiCatalogue.Family::argument).orElse(null);
		if (kind == KpiCatalogue.Argument.STEP || kind == KpiCatalogue.Argument.STEP_PAIR || kind == KpiCatalogue.Argument.ROUTE) {
			StepNames steps = context.stepNames();
			return java.util.Arrays.stream(argument.split(",")).map(steps::engineName).collect(Collectors.joining(","));
		}
		return argument;
	}

	List<String> scenarios() {
		return ExperimentScenarios.of(context.experiment, context.index);
	}

	String generate() {
		Experiment experiment = context.experiment;
		double warmup = experiment.getWarmup() == null ? 0
				: experiment.getWarmup().getValue() * Units.hours(experiment.getWarmup().getUnit());
		List<String> reported = experiment.getReported().stream().flatMap(k -> names(k).stream()).distinct().toList();
		StringBuilder out = new StringBuilder();
		out.append("    /** experiment ").append(experiment.getName()).append("   (").append(SourceLocation.of(experiment)).append(") */\n");
		out.append("    public static ExperimentPlan plan() {\n");
		out.append("        return new ExperimentPlan(").append(JavaNames.string(experiment.getName())).append(",\n");
		out.append("                List.of(").append(scenarios().stream().map(JavaNames::string).collect(Collectors.joining(", "))).append("),\n");
		out.append("                ").append(Units.literal(warmup)).append(",   // warm-up, hours\n");
		out.append("                ").append(Units.quantity(experiment.getHorizon().getValue(), experiment.getHorizon().getUnit()))
				.append(",   // horizon\n");
		out.append("                ").append(experiment.getReplications()).append(", ").append(experiment.getSeed()).append("L,\n");
		out.append("                List.of(").append(reported.stream().map(JavaNames::string).collect(Collectors.joining(",\n                        ")))
				.append("),\n");
		out.append("                List.of(").append(experiment.getExpectations().stream().map(this::expectation)
				.collect(Collectors.joining(",\n                        "))).append("));\n");
		out.append("    }\n\n");
		return out.toString();
	}

	private String expectation(Expectation expectation) {
		String text = JavaNames.string(SourceLocation.text(expectation));
		String source = JavaNames.string(SourceLocation.of(expectation));
		String kpi = names(expectation.getKpi()).get(0);
		String comparison = "Expectation.Comparison." + switch (expectation.getComparison()) {
		case LT -> "LESS";
		case LE -> "LESS_OR_EQUAL";
		case GT -> "GREATER";
		case GE -> "GREATER_OR_EQUAL";
		};
		if (expectation.getRight() != null) {
			return "new Expectation.Versus(" + text + ", " + source + ", " + JavaNames.string(kpi) + ", "
					+ JavaNames.string(expectation.getLeft().getName()) + ", " + comparison + ", "
					+ JavaNames.string(expectation.getRight().getName()) + ", "
					+ Units.literal(expectation.getConfidence().getValue() / 100) + ")";
		}
		String scenario = expectation.getLeft() != null ? JavaNames.string(expectation.getLeft().getName())
				: expectation.getScope() != null && expectation.getScope().getScenario() != null
						? JavaNames.string(expectation.getScope().getScenario().getName())
						: "null";
		return "new Expectation.Threshold(" + text + ", " + source + ", " + JavaNames.string(kpi) + ", " + comparison
				+ ", " + Units.literal(bound(expectation, kpi)) + ", " + scenario + ")";
	}

	/** The bound in the KPI's own unit: days for waits, a fraction for shares. */
	static double bound(Expectation expectation, String kpi) {
		double bound = expectation.getBound();
		String kpiUnit = KpiCatalogue.unitOf(kpi);
		if (expectation.getUnit() instanceof TimeUnitRef time) {
			double hours = bound * Units.hours(time.getTime());
			return switch (kpiUnit) {
			case "days" -> hours / 24;
			case "hours", "hours/year" -> hours;
			default -> bound;
			};
		}
		if (expectation.getUnit() instanceof PercentUnit) {
			return bound / 100;
		}
		if (expectation.getUnit() instanceof EuroUnit) {
			return bound;
		}
		return bound;
	}
}
