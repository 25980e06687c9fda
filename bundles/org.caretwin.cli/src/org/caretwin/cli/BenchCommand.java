package org.caretwin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.caretwin.cli.bench.NationalBenchmark;
import org.caretwin.cli.bench.QueueBenchmark;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.generator.ModelCompiler;
import org.caretwin.lang.generator.ModelCompiler.CompiledExperiment;

/**
 * {@code caretwin bench}: the engine against a reference event loop on the textbook M/M/5 queue (1,000,000
 * customers through the generated code), then the Loire experiment and a national-scale year.
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

		out.println("(a) M/M/5 textbook queue, 1,000,000 customers: generated model vs reference loop (best of 3)");
		QueueBenchmark.Outcome q = QueueBenchmark.run(queue.get(0), 1_000_000);
		out.printf(Locale.ROOT, "    engine    %6.2f M events/s   mean wait %.4f h%n", q.engineEventsPerSecond() / 1e6, q.engineWait());
		out.printf(Locale.ROOT, "    reference %6.2f M events/s   mean wait %.4f h%n", q.referenceEventsPerSecond() / 1e6, q.referenceWait());
		out.printf(Locale.ROOT, "    ratio %.2f (target >= 0.50); Erlang C mean wait %.4f h%n", q.ratio(), q.erlangC());

		CompiledExperiment compiled = ModelCompiler.compile(loireExperiments.get(0));
		long start = System.nanoTime();
		ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		double loireSeconds = (System.nanoTime() - start) / 1e9;
		out.printf(Locale.ROOT, "(b) Loire experiment %s: %d scenarios x %d replications x (%.0f d + warm-up %.0f d): %.2f s (target < 10 s)%n",
				compiled.plan().name(), compiled.plan().scenarios().size(), compiled.plan().replications(),
				compiled.plan().horizonHours() / 24, compiled.plan().warmupHours() / 24, loireSeconds);

		NationalBenchmark.Outcome n;
		try {
			n = NationalBenchmark.run();
		} catch (IOException e) {
			err.println("caretwin bench: cannot write the national model: " + e.getMessage());
			return USAGE;
		}
		out.printf(Locale.ROOT, "(c) national scale: %d zones, %d patients in one year, %d events: %.2f s, peak heap %d MB (targets < 10 s, < 2048 MB)%n",
				n.zones(), n.patients(), n.events(), n.seconds(), n.peakHeapBytes() / (1024 * 1024));
		out.printf(Locale.ROOT,
				"bench: engine %.1f M ev/s, reference %.1f M ev/s, ratio %.2f, Wq %.4f h (Erlang C %.4f); Loire %.2f s; national %.2f s, %d MB%n",
				q.engineEventsPerSecond() / 1e6, q.referenceEventsPerSecond() / 1e6, q.ratio(), q.engineWait(), q.erlangC(),
				loireSeconds, n.seconds(), n.peakHeapBytes() / (1024 * 1024));
		return OK;
	}
}
