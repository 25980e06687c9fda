package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.caretwin.engine.pathway.Kpis;
import org.caretwin.engine.random.RandomStreams;

/**
 * Runs every (scenario, replication) of a plan on a pool of threads. Each run is a pure function of the model, the
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
		RandomStreams streams = streams(factory, plan);
		int scenarios = plan.scenarios().size();
		int replications = plan.replications();
		Kpis[][] results = new Kpis[scenarios][replications];
		AtomicInteger finished = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "caretwin-replication");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> futures = new ArrayList<>();
			// Replication-major order: the scenarios of one replication finish close together.
			for (int r = 0; r < replications; r++) {
				for (int s = 0; s < scenarios; s++) {
					int scenario = s;
					int replication = r;
					futures.add(pool.submit(() -> {
						results[scenario][replication] = factory.create(plan.scenarios().get(scenario)).run(streams,
								replication, plan.warmupHours(), plan.horizonHours());
						progress.accept(finished.incrementAndGet());
					}));
				}
			}
			for (Future<?> future : futures) {
				future.get();
			}
		} catch (java.util.concurrent.ExecutionException e) {
			Throwable cause = e.getCause();
			throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("experiment interrupted", e);
		} finally {
			pool.shutdownNow();
		}
		return new ExperimentResult(plan, results);
	}
}
