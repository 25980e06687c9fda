package org.caretwin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caretwin.experiment.AtomicOutput;
import org.caretwin.experiment.ConsoleReport;
import org.caretwin.experiment.CsvReport;
import org.caretwin.experiment.EventLog;
import org.caretwin.experiment.ExperimentPlan;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.HtmlReport;
import org.caretwin.experiment.JsonReport;
import org.caretwin.experiment.LocalRunner;
import org.caretwin.experiment.ReplicationUnit;
import org.caretwin.experiment.ResultMerge;
import org.caretwin.experiment.RunObservations;
import org.caretwin.experiment.Runner;
import org.caretwin.experiment.SizingLine;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.generator.ExperimentGenerator;
import org.caretwin.lang.generator.ModelCompiler;
import org.caretwin.lang.generator.ModelCompiler.CompiledExperiment;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.sizing.CapacitySizing;

/** {@code caretwin simulate FILE}: compiles the experiment, runs its replications, prints the KPI table. */
final class SimulateCommand implements Command {

	private static final Set<String> OPTIONS = Set.of("--experiment", "--replications", "--seed", "--json", "--threads",
			"--csv", "--events", "--trace", "--html", "--max-events");

	@Override
	public String name() {
		return "simulate";
	}

	@Override
	public String synopsis() {
		return "FILE [options]";
	}

	@Override
	public String summary() {
		return "run an experiment and print KPIs with 95% confidence intervals";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		List<String> args = PhaseTimings.mutable(arguments);
		PhaseTimings timings = PhaseTimings.take(args);
		Options options;
		Integer replications;
		Long seed;
		Integer threads;
		Integer trace;
		Long maxEvents;
		try {
			options = Options.parse(args, OPTIONS);
			if (options.positional().size() != 1) {
				throw new Options.UsageException("usage: caretwin simulate FILE [--experiment NAME] [--replications N]"
						+ " [--seed S] [--json FILE] [--csv DIR] [--html FILE] [--events FILE] [--trace N] [--threads N]"
						+ " [--max-events N] [--timings]");
			}
			replications = options.integer("--replications", 2);
			seed = options.longValue("--seed");
			threads = options.integer("--threads", 1);
			trace = options.integer("--trace", 1);
			maxEvents = options.longValue("--max-events");
			if (maxEvents != null && maxEvents < 1) {
				throw new Options.UsageException("--max-events must be at least 1, was " + maxEvents);
			}
		} catch (Options.UsageException e) {
			err.println("caretwin simulate: " + e.getMessage());
			return USAGE;
		}
		Path file = Path.of(options.positional().get(0));
		Experiment experiment = ModelLoading.choose(ModelLoading.experiments(file, err), options.get("--experiment"));
		timings.lap("load+validate");
		String source = ExperimentGenerator.generate(experiment);
		timings.lap("generate");
		CompiledExperiment compiled = ModelCompiler.compile(ExperimentGenerator.className(experiment), source);
		timings.lap("compile");
		ExperimentPlan plan = compiled.plan();
		if (replications != null) {
			plan = plan.withReplications(replications);
		}
		if (seed != null) {
			plan = plan.withSeed(seed);
		}
		RunBound.check(compiled.factory(), plan, maxEvents == null ? RunBound.DEFAULT_MAX_EVENTS : maxEvents);
		// The model is compiled already: the local runner's loader hands out its factory.
		Runner runner = new LocalRunner(threads == null ? Runtime.getRuntime().availableProcessors() : threads,
				shipped -> compiled.factory());
		Progress progress = new Progress(err, plan.scenarios().size() * plan.replications());
		ExperimentResult result;
		try {
			result = ResultMerge.merge(plan,
					runner.run(compiled.modelSource(), plan, ReplicationUnit.allOf(plan), progress::update));
		} finally {
			progress.done();
		}
		timings.lap("simulate");
		ConsoleReport.print(result, out);
		List<String> profiles = ModelLoading.profileNames(experiment);
		if (trace != null) {
			out.println();
			out.println("Trace of the first " + trace + " patients (scenario " + plan.scenarios().get(0) + ", replication 0)");
			EventLog.trace(compiled.factory(), plan, profiles, trace).forEach(out::println);
		}
		writeOutputs(options, result, compiled, experiment, profiles, file);
		timings.lap("report");
		timings.print(err);
		return result.allExpectationsHold() ? OK : EXPECTATION_FAILED;
	}

	/** Every requested file, all renamed into place once all are complete: never a mixed set of old and new. */
	private static void writeOutputs(Options options, ExperimentResult result, CompiledExperiment compiled,
			Experiment experiment, List<String> profiles, Path file) {
		String target = null;
		try (AtomicOutput output = new AtomicOutput()) {
			if ((target = options.get("--json")) != null) {
				output.write(Path.of(target), JsonReport.of(result, file.toString(), Version.current()));
			}
			if ((target = options.get("--csv")) != null) {
				CsvReport.write(result, Path.of(target), output);
			}
			if ((target = options.get("--html")) != null) {
				output.write(Path.of(target), html(result, compiled, experiment, file));
			}
			if ((target = options.get("--events")) != null) {
				output.write(Path.of(target), out -> EventLog.writeCsv(compiled.factory(), result.plan(), profiles, out));
			}
			output.commit();
		} catch (IOException e) {
			throw new CommandException(USAGE, "cannot write " + target + ": " + Failures.describe(e) + "; nothing was written");
		}
	}

	private static String html(ExperimentResult result, CompiledExperiment compiled, Experiment experiment, Path file) {
		ExperimentPlan plan = result.plan();
		ResolvedModel model = ResolvedModelBuilder.of(experiment.eResource());
		Map<String, List<SizingLine>> sizing = new LinkedHashMap<>();
		Map<String, RunObservations> observations = new LinkedHashMap<>();
		for (String scenario : plan.scenarios()) {
			sizing.put(scenario, CapacitySizing.of(model, scenario));
			observations.put(scenario, RunObservations.of(compiled.factory(), plan, scenario));
		}
		String command = "caretwin simulate " + file + " --experiment " + plan.name() + " --replications "
				+ plan.replications() + " --seed " + plan.seed();
		return HtmlReport.of(result, new HtmlReport.Context(file.toString(), Version.current(), command, sizing, observations));
	}
}
