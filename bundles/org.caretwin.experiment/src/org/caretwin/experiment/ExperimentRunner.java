package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import org.caretwin.engine.random.RandomStreams;

/**
 * Runs every (scenario, replication) of a plan on a pool of threads, as {@link ReplicationUnit}s of a
 * {@link LocalRunner} merged by {@link ResultMerge}. Each run is a pure function of the model, the
 * scenario, the replication index and the seed, and results are stored by index, so the outcome is the same for
 * any number of threads. All scenarios draw from the same streams: common random numbers.
 */
public final class ExperimentRunner {

	private final int threads;

	public ExperimentRunner(int threads) {
		this.threads = Math.max(1, threads);
	}

	public static ExperimentRunner onAllCores() {
		return new ExperimentRunner(Runtime.getRuntime().availableProcessors());
	}

	/** The streams of an experiment: one per source of randomness of any of its scenarios. */
	public static RandomStreams streams(ModelFactory factory, ExperimentPlan plan) {
		TreeSet<String> sources = new TreeSet<>();
		for (String scenario : plan.scenarios()) {
			sources.addAll(factory.create(scenario).randomSourceNames());
		}
		return new RandomStreams(plan.seed(), new ArrayList<>(sources));
	}

	public ExperimentResult run(ModelFactory factory, ExperimentPlan plan) {
		return run(factory, plan, done -> {
		});
	}

	/** Runs the plan; {@code progress} receives the number of runs finished so far. */
	public ExperimentResult run(ModelFactory factory, ExperimentPlan plan, IntConsumer progress) {
		// The factory is at hand: the runner's loader only hands it out.
		ModelSource inProcess = new ModelSource(factory.getClass().getName(), null);
		List<ReplicationResult> results = new LocalRunner(threads, source -> factory).run(inProcess, plan,
				ReplicationUnit.allOf(plan), progress);
		return ResultMerge.merge(plan, results);
	}
}
