package org.caretwin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.PathwayDiagrams;
import org.caretwin.diagram.ReplayAnimation;
import org.caretwin.diagram.StepResults;
import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.experiment.ConsoleReport;
import org.caretwin.experiment.ExperimentPlan;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.RunBound;
import org.caretwin.experiment.Simulation;
import org.caretwin.experiment.Trace;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.workspace.CareWorkspace;

/** {@code caretwin simulate FILE}: reads the options, runs the experiment through {@link Simulation}, prints the KPI table. */
final class SimulateCommand implements Command {

	private static final Set<String> OPTIONS = Set.of("--experiment", "--replications", "--seed", "--json", "--threads",
			"--csv", "--events", "--events-replications", "--trace", "--html", "--max-events", "--scenarios");

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
		Integer eventReplications;
		Long maxEvents;
		List<String> scenarios;
		try {
			options = Options.parse(args, OPTIONS);
			if (options.positional().size() != 1) {
				throw new Options.UsageException("usage: caretwin simulate FILE [--experiment NAME] [--replications N]"
						+ " [--seed S] [--scenarios A,B] [--json FILE] [--csv DIR] [--html FILE] [--events FILE [--events-replications N]] [--trace N] [--threads N]"
						+ " [--max-events N] [--timings]");
			}
			replications = options.integer("--replications", 2);
			seed = options.longValue("--seed");
			threads = options.integer("--threads", 1);
			trace = options.integer("--trace", 1);
			eventReplications = options.integer("--events-replications", 1);
			if (eventReplications != null && options.get("--events") == null) {
				throw new Options.UsageException("--events-replications needs --events FILE");
			}
			maxEvents = options.longValue("--max-events");
			if (maxEvents != null && maxEvents < 1) {
				throw new Options.UsageException("--max-events must be at least 1, was " + maxEvents);
			}
			scenarios = options.names("--scenarios");
		} catch (Options.UsageException e) {
			err.println("caretwin simulate: " + e.getMessage());
			return USAGE;
		}
		Path file = Path.of(options.positional().get(0));
		ModelLoading.requireModelFile(file);
		CareWorkspace.standalone();
		timings.lap("language");
		Experiment experiment = ModelLoading.choose(ModelLoading.experiments(file, err), options.get("--experiment"));
		timings.lap("load+validate");
		Simulation simulation;
		try {
			simulation = Simulation.prepare(file, experiment, new Simulation.Settings(replications, seed, scenarios,
					threads == null ? Runtime.getRuntime().availableProcessors() : threads,
					maxEvents == null ? RunBound.DEFAULT_MAX_EVENTS : maxEvents), timings::lap);
		} catch (RunBound.TooLarge e) {
			throw new CommandException(RUN_TOO_LARGE, e.getMessage());
		} catch (IllegalArgumentException e) {
			// Settings that do not fit the experiment, e.g. a scenario it does not run.
			throw new CommandException(USAGE, e.getMessage());
		}
		ExperimentPlan plan = simulation.plan();
		if (eventReplications != null && eventReplications > plan.replications()) {
			// The log replays runs of the experiment: never more than it makes.
			throw new CommandException(USAGE, "--events-replications must be at most the " + plan.replications()
					+ " replications of the run, was " + eventReplications);
		}
		Progress progress = new Progress(err, plan.scenarios().size() * plan.replications());
		ExperimentResult result;
		try {
			result = simulation.run(progress::update);
		} finally {
			progress.done();
		}
		timings.lap("simulate");
		ConsoleReport.print(result, out);
		if (trace != null) {
			out.println();
			Trace story = simulation.trace(trace);
			out.println(story.heading());
			story.lines().forEach(out::println);
		}
		Simulation.Outputs outputs = new Simulation.Outputs(path(options, "--json"), path(options, "--csv"),
				path(options, "--html"), path(options, "--events"), eventReplications == null ? 1 : eventReplications,
				options.get("--html") == null ? List.of() : diagrams(experiment, file, result),
				replay -> ReplayAnimation.html(replay.json()));
		try {
			simulation.write(result, outputs, Version.current());
		} catch (Simulation.OutputFailure e) {
			throw new CommandException(USAGE, "cannot write " + (e.target() == null ? "the reports" : e.target()) + ": "
					+ Failures.describe((IOException) e.getCause()) + "; nothing was written");
		}
		timings.lap("report");
		timings.print(err);
		return result.allExpectationsHold() ? OK : EXPECTATION_FAILED;
	}

	/**
	 * The report opens with the pathways as written, each step badged with what the first scenario measured there and
	 * animated by the replay of its first replication; drawn here: the experiment layer draws no diagram.
	 */
	private static List<String> diagrams(Experiment experiment, Path file, ExperimentResult result) {
		ResolvedModel model = ResolvedModelBuilder.of(experiment.eResource());
		if (model.pathways().isEmpty()) {
			return List.of();
		}
		String scenario = result.plan().scenarios().get(0);
		StepResults measured = StepResults.measure(model, scenario, kpi -> result.meanOf(scenario, kpi));
		return List.of(PathwayDiagrams.svg(model, LaneMode.PROFESSION, file.getFileName().toString(), measured,
				ManualLayout.of(file)));
	}

	private static Path path(Options options, String option) {
		return options.get(option) == null ? null : Path.of(options.get(option));
	}
}
