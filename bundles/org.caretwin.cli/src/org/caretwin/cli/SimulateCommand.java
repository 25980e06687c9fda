package org.caretwin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caretwin.experiment.CapacitySizing;
import org.caretwin.experiment.ConsoleReport;
import org.caretwin.experiment.CsvReport;
import org.caretwin.experiment.EventLog;
import org.caretwin.experiment.ExperimentPlan;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.HtmlReport;
import org.caretwin.experiment.JsonReport;
import org.caretwin.experiment.RunObservations;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.generator.ExperimentGenerator;
import org.caretwin.lang.generator.ModelCompiler;
import org.caretwin.lang.generator.ModelCompiler.CompiledExperiment;

/** {@code caretwin simulate FILE}: compiles the experiment, runs its replications, prints the KPI table. */
final class SimulateCommand implements Command {

	private static final Set<String> OPTIONS = Set.of("--experiment", "--replications", "--seed", "--json", "--threads",
			"--csv", "--events", "--trace", "--html");

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
		try {
			options = Options.parse(args, OPTIONS);
			if (options.positional().size() != 1) {
				throw new Options.UsageException("usage: caretwin simulate FILE [--experiment NAME] [--replications N]"
						+ " [--seed S] [--json FILE] [--csv DIR] [--html FILE] [--events FILE] [--trace N] [--threads N] [--timings]");
			}
			replications = options.integer("--replications", 2);
			seed = options.longValue("--seed");
			threads = options.integer("--threads", 1);
			trace = options.integer("--trace", 1);
		} catch (Options.UsageException e) {
			err.println("caretwin simulate: " + e.getMessage());
			return USAGE;
		}
		Path file = Path.of(options.positional().get(0));
		List<Experiment> experiments = ModelLoading.experiments(file, err);
		if (experiments == null) {
			return MODEL_ERRORS;
		}
		Experiment experiment = choose(experiments, options.get("--experiment"), err);
		if (experiment == null) {
			return USAGE;
		}
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
		ExperimentRunner runner = threads == null ? ExperimentRunner.onAllCores() : new ExperimentRunner(threads);
		Progress progress = new Progress(err, plan.scenarios().size() * plan.replications());
		ExperimentResult result;
		try {
			result = runner.run(compiled.factory(), plan, progress::update);
		} catch (IllegalStateException | IllegalArgumentException e) {
			progress.done();
			err.println("caretwin simulate: the model cannot run: " + e.getMessage());
			return MODEL_ERRORS;
		}
		progress.done();
		timings.lap("simulate");
		ConsoleReport.print(result, out);
		List<String> profiles = ModelLoading.profileNames(experiment);
		if (trace != null) {
			out.println();
			out.println("Trace of the first " + trace + " patients (scenario " + plan.scenarios().get(0) + ", replication 0)");
			EventLog.trace(compiled.factory(), plan, profiles, trace).forEach(out::println);
		}
		String target = null;
		try {
			if ((target = options.get("--json")) != null) {
				Files.writeString(Path.of(target), JsonReport.of(result, file.toString(), Version.current()));
			}
			if ((target = options.get("--csv")) != null) {
				CsvReport.write(result, Path.of(target));
			}
			if ((target = options.get("--html")) != null) {
				Files.writeString(Path.of(target), html(result, compiled, file));
			}
			if ((target = options.get("--events")) != null) {
				EventLog.writeCsv(compiled.factory(), plan, profiles, Path.of(target));
			}
		} catch (IOException e) {
			err.println("caretwin simulate: cannot write " + target + ": " + e.getMessage());
			return USAGE;
		}
		timings.lap("report");
		timings.print(err);
		return result.allExpectationsHold() ? OK : EXPECTATION_FAILED;
	}

	private static String html(ExperimentResult result, CompiledExperiment compiled, Path file) {
		ExperimentPlan plan = result.plan();
		Map<String, List<CapacitySizing.Line>> sizing = new LinkedHashMap<>();
		Map<String, RunObservations> observations = new LinkedHashMap<>();
		for (String scenario : plan.scenarios()) {
			sizing.put(scenario, CapacitySizing.of(compiled.factory(), scenario, plan.seed()));
			observations.put(scenario, RunObservations.of(compiled.factory(), plan, scenario));
		}
		String command = "caretwin simulate " + file + " --experiment " + plan.name() + " --replications "
				+ plan.replications() + " --seed " + plan.seed();
		return HtmlReport.of(result, new HtmlReport.Context(file.toString(), Version.current(), command, sizing, observations));
	}

	private static Experiment choose(List<Experiment> experiments, String name, PrintStream err) {
		if (name == null) {
			return experiments.get(0);
		}
		for (Experiment experiment : experiments) {
			if (experiment.getName().equals(name)) {
				return experiment;
			}
		}
		err.println("caretwin simulate: no experiment " + name + "; the model has "
				+ experiments.stream().map(Experiment::getName).toList());
		return null;
	}

	/** Replications done, on stderr, only when it is a terminal. */
	private static final class Progress {
		private final PrintStream err;
		private final int total;
		private final boolean terminal = System.console() != null;

		Progress(PrintStream err, int total) {
			this.err = err;
			this.total = total;
		}

		synchronized void update(int done) {
			if (terminal) {
				err.printf("\rsimulating: %d/%d runs", done, total);
			}
		}

		void done() {
			if (terminal) {
				err.print("\r                                        \r");
			}
		}
	}
}
