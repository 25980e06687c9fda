package org.caretwin.lang.generator;

import java.util.stream.Collectors;

import org.caretwin.lang.care.Attribute;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.Experiment;

/** Compiles one experiment of a model into one readable Java class on the engine API, runnable with {@code main}. */
public final class ExperimentGenerator {

	public static final String PACKAGE = "caretwin.models";

	private ExperimentGenerator() {
	}

	/** Fully qualified name of the class generated for {@code experiment}. */
	public static String className(Experiment experiment) {
		return PACKAGE + "." + JavaIdentifiers.className(experiment.getName());
	}

	/** Path of the generated file relative to the output folder. */
	public static String fileName(Experiment experiment) {
		return className(experiment).replace('.', '/') + ".java";
	}

	public static String generate(Experiment experiment) {
		GenerationContext context = new GenerationContext(experiment);
		SettingsSection settings = new SettingsSection(context);
		StepsSection steps = new StepsSection(context, settings);
		BuildSection build = new BuildSection(context, settings, steps);
		PlanSection plan = new PlanSection(context);
		String className = context.className();

		// Generate the sections first: they register the random sources the class lists.
		String settingsCode = settings.generate();
		String stepsCode = steps.generate();
		String buildCode = build.generate();
		String planCode = plan.generate();

		StringBuilder out = new StringBuilder();
		out.append("package ").append(PACKAGE).append(";\n\n");
		out.append("""
				import static org.caretwin.engine.TimeUnits.*;

				import java.util.List;
				import java.util.function.Predicate;

				import org.caretwin.engine.DataTables;
				import org.caretwin.engine.pathway.CareModel;
				import org.caretwin.engine.pathway.RenewalCohort;
				import org.caretwin.engine.pathway.ScheduledCohort;
				import org.caretwin.engine.pathway.TimeSeriesCohort;
				import org.caretwin.engine.pathway.ZonalCohort;
				import org.caretwin.engine.pathway.Patient;
				import org.caretwin.engine.pathway.PatientSource;
				import org.caretwin.engine.pathway.ResourceType;
				import org.caretwin.engine.pathway.Step;
				import org.caretwin.engine.pathway.WeeklyCalendar;
				import org.caretwin.engine.random.Distribution;
				import org.caretwin.engine.random.RandomSource;
				import org.caretwin.experiment.ConsoleReport;
				import org.caretwin.experiment.Expectation;
				import org.caretwin.experiment.ExperimentPlan;
				import org.caretwin.experiment.ExperimentRunner;
				import org.caretwin.experiment.ModelFactory;

				""");
		out.append("/**\n * Experiment ").append(experiment.getName()).append(" of ").append(SourceLocation.of(experiment))
				.append(", compiled by CareTwin.\n * Generated code: change the model, not this file. Times are in hours.\n */\n");
		out.append("@SuppressWarnings(\"unused\")\n");
		out.append("public final class ").append(className).append(" extends CareModel {\n\n");
		out.append(attributeConstants(context));
		out.append(steps.distributions()).append(build.constants()).append('\n');
		out.append(settingsCode);
		out.append("    private final Settings settings;\n\n");
		out.append(build.fields()).append('\n');
		out.append(steps.fields()).append('\n');
		out.append("    private ").append(className).append("(Settings settings) {\n        this.settings = settings;\n    }\n\n");
		out.append("    /** Creates the model of one scenario (build() runs at the start of each replication). */\n");
		out.append("    public static ").append(className).append(" forScenario(String scenario) {\n");
		out.append("        return new ").append(className).append("(settings(scenario));\n    }\n\n");
		out.append("    @Override\n    public List<String> randomSourceNames() {\n        return List.of(")
				.append(context.randomSources().stream().map(JavaNames::string).collect(Collectors.joining(",\n                ")))
				.append(");\n    }\n\n");
		out.append(buildCode);
		out.append(stepsCode);
		out.append(planCode);
		out.append("    public static final ModelFactory FACTORY = new ModelFactory() {\n");
		out.append("        @Override\n        public CareModel create(String scenario) {\n            return forScenario(scenario);\n        }\n\n");
		out.append("        @Override\n        public List<String> scenarios() {\n            return plan().scenarios();\n        }\n    };\n\n");
		out.append("    /** Runs the experiment on all cores and prints the KPI table. */\n");
		out.append("    public static void main(String[] args) {\n");
		out.append("        ConsoleReport.print(ExperimentRunner.onAllCores().run(FACTORY, plan()), System.out);\n    }\n");
		out.append("}\n");
		return out.toString();
	}

	private static String attributeConstants(GenerationContext context) {
		StringBuilder out = new StringBuilder();
		for (Cohort cohort : context.index.cohorts) {
			for (int i = 0; i < cohort.getAttributes().size(); i++) {
				Attribute attribute = cohort.getAttributes().get(i);
				out.append("    /** Index of the attribute ").append(attribute.getName()).append(" of ").append(cohort.getName())
						.append(" */\n    static final int ").append(context.constant(attribute, "")).append(" = ")
						.append(i).append(";\n");
			}
		}
		return out.isEmpty() ? "" : out.append('\n').toString();
	}
}
