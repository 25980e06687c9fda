package org.caretwin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.caretwin.cli.bench.CommandLineTimings;
import org.caretwin.cli.bench.DiagramBenchmark;
import org.caretwin.cli.bench.LiveRefreshBenchmark;
import org.caretwin.cli.bench.NationalBenchmark;
import org.caretwin.cli.bench.QueueBenchmark;
import org.caretwin.cli.bench.Spread;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.care.Experiment;

/**
 * {@code caretwin bench}: the engine against a reference event loop on the textbook M/M/5 queue (1,000,000
 * customers through the generated code), then the Loire experiment, its live refresh after a save, a
 * national-scale year, the diagram of a long pathway, and the command line end to end in fresh processes.
 */
final class BenchCommand implements Command {


	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String synopsis() {
		return "[--examples DIR]";
	}

	@Override
	public String summary() {
		return "engine and model benchmarks against a reference event loop";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Path examples;
		try {
			Options options = Options.parse(args, java.util.Set.of("--examples"));
			examples = Path.of(options.get("--examples") != null ? options.get("--examples")
					: System.getProperty("caretwin.examples", "dsl-examples"));
		} catch (Options.UsageException e) {
			err.println("caretwin bench: " + e.getMessage());
			return USAGE;
		}
		Path mmc = examples.resolve("textbook/mmc/mmc.care");
		Path loire = examples.resolve("loire/arthroplasty.care");
		if (!Files.isRegularFile(mmc) || !Files.isRegularFile(loire)) {
			err.println("caretwin bench: the examples are not in " + examples + "; pass --examples DIR");
			return USAGE;
		}
		List<Experiment> queue = ModelLoading.experiments(mmc, err);
		List<Experiment> loireExperiments = ModelLoading.experiments(loire, err);
		if (queue == null || loireExperiments == null) {
			return MODEL_ERRORS;
		}

		QueueBenchmark.Outcome q = QueueBenchmark.run(queue.get(0), 1_000_000);
		printQueue(q, out);

		CompiledExperiment compiled = Simulation.compile(loireExperiments.get(0));
		long start = System.nanoTime();
		ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		double loireSeconds = (System.nanoTime() - start) / 1e9;
		out.printf(Locale.ROOT, "(b) Loire experiment %s: %d scenarios x %d replications x (%.0f d + warm-up %.0f d): %.2f s (target < 10 s)%n",
				compiled.plan().name(), compiled.plan().scenarios().size(), compiled.plan().replications(),
				compiled.plan().horizonHours() / 24, compiled.plan().warmupHours() / 24, loireSeconds);

		LiveRefreshBenchmark.Outcome live;
		NationalBenchmark.Outcome n;
		try {
			n = NationalBenchmark.run();
			out.printf(Locale.ROOT, "(c) national scale: %d zones, %d patients in one year, %d events: %.2f s, peak heap %d MB (targets < 10 s, < 2048 MB)%n",
					n.zones(), n.patients(), n.events(), n.seconds(), n.peakHeapBytes() / (1024 * 1024));
			live = LiveRefreshBenchmark.run(loire, "resources.care", "Surgeon");
			out.printf(Locale.ROOT, "(d) live results of the Loire example after a save (read + validate + generate + compile + %d x %d"
					+ " replications + chart and trace replays), %d warm-up saves then %d timed: min / median / max %.2f / %.2f / %.2f s"
					+ " (target < 2 s)%n", live.scenarios(), live.replications(), LiveRefreshBenchmark.WARM_UP_SAVES,
					LiveRefreshBenchmark.TIMED_SAVES, live.seconds().min(), live.seconds().median(), live.seconds().max());
			printDiagram(DiagramBenchmark.run(), out);
		} catch (IOException e) {
			err.println("caretwin bench: cannot write the benchmark models: " + e.getMessage());
			return USAGE;
		}
		printCommandLine(examples, out, err);
		out.printf(Locale.ROOT,
				"bench: CareTwin %.1f M ev/s (median), SSJ %.1f, reference %.1f, limit %.1f; CareTwin/SSJ %.2f, CareTwin/reference %.2f, CareTwin/limit %.2f; Wq %.4f h (Erlang C %.4f); Loire %.2f s; live %.2f s; national %.2f s, %d MB%n",
				q.engine().eventsPerSecond().median() / 1e6, q.ssj().eventsPerSecond().median() / 1e6,
				q.reference().eventsPerSecond().median() / 1e6, q.practicalLimit().eventsPerSecond().median() / 1e6,
				q.ratioTo(q.ssj()), q.ratioTo(q.reference()), q.ratioTo(q.practicalLimit()), q.engine().meanWait(),
				q.erlangC(), loireSeconds, live.seconds().median(), n.seconds(), n.peakHeapBytes() / (1024 * 1024));
		return OK;
	}

	/** (e) needs the launcher, which the {@code caretwin} script names; run in-process without it, the part is skipped. */
	private static void printCommandLine(Path examples, PrintStream out, PrintStream err) {
		String launcher = System.getProperty("caretwin.launcher");
		if (launcher == null) {
			out.println("(e) command line: skipped (no launcher; run ./caretwin bench)");
			return;
		}
		try {
			CommandLineTimings.Outcome c = CommandLineTimings.run(Path.of(launcher), examples);
			out.printf(Locale.ROOT, "(e) command line, fresh processes, %d warm-up then %d timed runs each, min / median / max:%n",
					CommandLineTimings.WARM_UP_RUNS, CommandLineTimings.TIMED_RUNS);
			out.printf(Locale.ROOT, "    help %.2f / %.2f / %.2f s (target < 0.5 s); check %s %.2f / %.2f / %.2f s (target < 3 s);%n",
					c.help().min(), c.help().median(), c.help().max(), examples.getFileName(), c.check().min(), c.check().median(),
					c.check().max());
			out.printf(Locale.ROOT, "    simulate loire/arthroplasty.care %.2f / %.2f / %.2f s (target < 5 s); its phases: %s%n",
					c.simulate().min(), c.simulate().median(), c.simulate().max(),
					c.simulatePhases().isEmpty() ? "(none printed)" : c.simulatePhases().substring("timings: ".length()));
		} catch (java.io.IOException e) {
			err.println("caretwin bench: the command line part failed: " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void printDiagram(DiagramBenchmark.Outcome d, PrintStream out) {
		out.printf(Locale.ROOT, "(f) diagram of a %d-step pathway (%d nodes, %d edges, lanes by profession), %d warm-up openings then %d timed,"
				+ " min / median / max: %.3f / %.3f / %.3f s (target < 1 s); medians of its phases: load+validate+resolve %.3f s,"
				+ " graph+ELK layout %.3f s, SVG %.3f s%n", d.steps(), d.nodes(), d.edges(), DiagramBenchmark.WARM_UP_OPENINGS,
				DiagramBenchmark.TIMED_OPENINGS, d.total().min(), d.total().median(), d.total().max(), d.load().median(),
				d.layout().median(), d.svg().median());
	}

	private static void printQueue(QueueBenchmark.Outcome q, PrintStream out) {
		out.printf(Locale.ROOT, "(a) M/M/%d queue (rho %.2f), %,d customers, in one process: %d warm-up runs each, then %d timed runs"
				+ " each, taken in turn%n", q.servers(), q.arrivalRate() / (q.servers() * q.serviceRate()), q.customers(),
				QueueBenchmark.WARM_UP_RUNS, QueueBenchmark.TIMED_RUNS);
		out.printf(Locale.ROOT, "    %-30s %28s   %s%n", "", "M events/s: min / median / max", "mean wait");
		for (QueueBenchmark.Line line : q.lines()) {
			Spread s = line.eventsPerSecond();
			out.printf(Locale.ROOT, "    %-30s %8.2f / %6.2f / %6.2f   %.4f h%n", line.name(), s.min() / 1e6,
					s.median() / 1e6, s.max() / 1e6, line.meanWait());
		}
		out.printf(Locale.ROOT, "    %-30s %28s   %.4f h%n", "Erlang C", "", q.erlangC());
		out.printf(Locale.ROOT, "    medians: CareTwin/SSJ %.2f (target >= 1.2), CareTwin/reference %.2f (target >= 0.75),"
				+ " CareTwin/practical limit %.2f%n", q.ratioTo(q.ssj()), q.ratioTo(q.reference()),
				q.ratioTo(q.practicalLimit()));
		out.println("    (the reference loop draws CareTwin's streams (SplitMix64, a stream per customer for service), so its mean wait is the same; SSJ uses its"
				+ " own streams; the practical limit is the reference loop with SplittableRandom and Math.log)");
	}
}
