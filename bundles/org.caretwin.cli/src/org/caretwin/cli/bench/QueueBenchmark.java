package org.caretwin.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.caretwin.engine.TimeUnits;
import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.engine.pathway.Kpis;
import org.caretwin.engine.random.Distribution;
import org.caretwin.engine.random.RandomStreams;
import org.caretwin.engine.random.SourceNames;
import org.caretwin.engine.stat.QueueingTheory;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.care.Count;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Parametric;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.PoissonArrivals;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.generator.Units;
import org.eclipse.xtext.EcoreUtil2;

/**
 * The generated M/M/c example against its peers on the same queue, in one process: {@link ReferenceQueueLoop} on
 * the same random streams, SSJ's own event view ({@link SsjEventQueue}) and the {@link PracticalLimitLoop}. The
 * queue's parameters are read from the model (servers, arrival rate, exponential service mean), so all simulate the
 * same. Every contender gets the same warm-up (full-size runs, so the JIT and the heap settle), then timed runs
 * taken in turn, so that noise from other processes falls on all of them alike.
 */
public final class QueueBenchmark {

	public static final int WARM_UP_RUNS = 5;
	public static final int TIMED_RUNS = 7;

	/** One contender's measurements: events per second over the timed runs, and the mean wait (hours). */
	public record Line(String name, Spread eventsPerSecond, double meanWait) {
	}

	public record Outcome(int servers, double arrivalRate, double serviceRate, long customers, Line engine,
			Line reference, Line ssj, Line practicalLimit, double erlangC) {

		public List<Line> lines() {
			return List.of(engine, reference, ssj, practicalLimit);
		}

		/** CareTwin's median speed over another contender's. */
		public double ratioTo(Line peer) {
			return engine.eventsPerSecond().median() / peer.eventsPerSecond().median();
		}
	}

	private record Contender(String name, Supplier<QueueRun> run, double[] eventsPerSecond, double[] waits) {
		Contender(String name, Supplier<QueueRun> run) {
			this(name, run, new double[TIMED_RUNS], new double[TIMED_RUNS]);
		}

		void measure(int index) {
			QueueRun outcome = run.get();
			if (index >= 0) {
				eventsPerSecond[index] = outcome.eventsPerSecond();
				waits[index] = outcome.meanWait();
			}
		}

		Line line() {
			return new Line(name, Spread.of(eventsPerSecond), waits[TIMED_RUNS - 1]);
		}
	}

	private QueueBenchmark() {
	}

	public static Outcome run(Experiment experiment, int customers) {
		return run(experiment, customers, WARM_UP_RUNS);
	}

	public static Outcome run(Experiment experiment, int customers, int warmUpRuns) {
		Pathway pathway = EcoreUtil2.getAllContentsOfType(EcoreUtil2.getRootContainer(experiment), Pathway.class).get(0);
		org.caretwin.lang.care.Step step = pathway.getSteps().get(0);
		Resource resource = step.getResources().get(0);
		int servers = ((Count) resource.getSupply()).getValue();
		PoissonArrivals arrivals = (PoissonArrivals) pathway.getCohort().getArrivals();
		double lambda = arrivals.getRate() / Units.hours(arrivals.getUnit());
		var mean = ((Parametric) step.getDuration()).getParameters().get(0);
		double serviceHours = mean.getValue() * Units.hours(mean.getUnit());
		double horizon = customers / lambda;

		CompiledExperiment compiled = Simulation.compile(experiment);
		RandomStreams streams = new RandomStreams(compiled.plan().seed(),
				compiled.factory().create("Baseline").randomSourceNames());
		Distribution gap = new Distribution.Exponential(TimeUnits.HOUR / lambda);
		Distribution service = new Distribution.Exponential(serviceHours);
		String arrivalSource = SourceNames.arrivals(pathway.getCohort().getName());
		long serviceKey = streams.sourceKey(SourceNames.step(step.getName(), "duration"));
		long cohortKey = streams.cohortKey(pathway.getCohort().getName(), 0);
		String waitKpi = KpiCatalogue.WAIT.of(step.getName());
		SsjEventQueue ssj = new SsjEventQueue(servers, lambda, 1 / serviceHours);

		List<Contender> contenders = new ArrayList<>();
		contenders.add(new Contender("CareTwin, generated model", () -> {
			long start = System.nanoTime();
			CareModel model = compiled.factory().create("Baseline");
			Kpis kpis = model.run(streams, 0, 0, horizon);
			return new QueueRun(model.eventCount(), kpis.get(waitKpi) * 24, (System.nanoTime() - start) / 1e9);
		}));
		contenders.add(new Contender("reference loop, same streams", () -> {
			ReferenceQueueLoop.Result r = ReferenceQueueLoop.run(servers, gap, service,
					streams.sequence(arrivalSource, 0), serviceKey, cohortKey, horizon);
			return new QueueRun(r.events(), r.meanWait(), r.seconds());
		}));
		contenders.add(new Contender("SSJ 3.3.2 event view", () -> ssj.run(horizon)));
		contenders.add(new Contender("practical limit", () -> PracticalLimitLoop.run(servers, 1 / lambda, serviceHours,
				compiled.plan().seed(), horizon)));

		for (int round = 0; round < warmUpRuns; round++) {
			contenders.forEach(c -> c.measure(-1));
		}
		for (int round = 0; round < TIMED_RUNS; round++) {
			int index = round;
			contenders.forEach(c -> c.measure(index));
		}
		double erlangC = QueueingTheory.mmcWait(servers, lambda, 1 / serviceHours);
		return new Outcome(servers, lambda, 1 / serviceHours, customers, contenders.get(0).line(),
				contenders.get(1).line(), contenders.get(2).line(), contenders.get(3).line(), erlangC);
	}
}
