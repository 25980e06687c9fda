package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Kpis;
import org.caretwin.engine.random.RandomStreams;

/** The runner of this process: units on a pool of threads, the model loaded once per call. */
public final class LocalRunner implements Runner {

	private final int threads;
	private final ModelLoader loader;

	public LocalRunner(int threads, ModelLoader loader) {
		this.threads = Math.max(1, threads);
		this.loader = loader;
	}

	@Override
	public List<ReplicationResult> run(ModelSource model, ExperimentPlan plan, List<ReplicationUnit> units,
			IntConsumer progress) {
		ModelFactory factory = loader.load(model);
		RandomStreams streams = ExperimentRunner.streams(factory, plan);
		AtomicInteger finished = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "caretwin-replication");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<ReplicationResult>> futures = new ArrayList<>();
			for (ReplicationUnit unit : units) {
				futures.add(pool.submit(() -> {
					CareModel careModel = factory.create(plan.scenarios().get(unit.scenario()));
					WeeklyUtilisation weekly = WeeklyUtilisation.watch(careModel, plan.warmupHours());
					WeeklyQueues queues = WeeklyQueues.watch(careModel, plan.warmupHours());
					Kpis kpis = careModel.run(streams, unit.replication(), plan.warmupHours(), plan.horizonHours());
					ReplicationResult result = ReplicationResult.of(unit, kpis, weekly.series(), queues.series());
					progress.accept(finished.incrementAndGet());
					return result;
				}));
			}
			List<ReplicationResult> results = new ArrayList<>();
			for (Future<ReplicationResult> future : futures) {
				results.add(future.get());
			}
			return results;
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("experiment interrupted", e);
		} finally {
			pool.shutdownNow();
		}
	}
}
