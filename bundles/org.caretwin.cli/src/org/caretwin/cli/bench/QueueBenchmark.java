package org.caretwin.cli.bench;

import org.caretwin.engine.TimeUnits;
import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Kpis;
import org.caretwin.engine.random.Distribution;
import org.caretwin.engine.random.RandomSource;
import org.caretwin.engine.random.RandomStreams;
import org.caretwin.engine.random.SourceNames;
import org.caretwin.engine.stat.QueueingTheory;
import org.caretwin.lang.care.Count;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Parametric;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.PoissonArrivals;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.generator.ModelCompiler;
import org.caretwin.lang.generator.ModelCompiler.CompiledExperiment;
import org.caretwin.lang.generator.Units;
import org.eclipse.xtext.EcoreUtil2;

/**
 * The generated M/M/c example against {@link ReferenceQueueLoop} on the same random streams. The queue's parameters
 * are read from the model (servers, arrival rate, exponential service mean), so the two always simulate the same.
 */
public final class QueueBenchmark {

	public record Outcome(double engineEventsPerSecond, double referenceEventsPerSecond, double engineWait,
			double referenceWait, double erlangC) {
		public double ratio() {
			return engineEventsPerSecond / referenceEventsPerSecond;
		}
	}

	private QueueBenchmark() {
	}

	public static Outcome run(Experiment experiment, int customers) {
		Pathway pathway = EcoreUtil2.getAllContentsOfType(EcoreUtil2.getRootContainer(experiment), Pathway.class).get(0);
		org.caretwin.lang.care.Step step = pathway.getSteps().get(0);
		Resource resource = step.getResources().get(0);
		int servers = ((Count) resource.getSupply()).getValue();
		PoissonArrivals arrivals = (PoissonArrivals) pathway.getCohort().getArrivals();
		double lambda = arrivals.getRate() / Units.hours(arrivals.getUnit());
		var mean = ((Parametric) step.getDuration()).getParameters().get(0);
		double serviceHours = mean.getValue() * Units.hours(mean.getUnit());
		double horizon = customers / lambda;

		CompiledExperiment compiled = ModelCompiler.compile(experiment);
		RandomStreams streams = new RandomStreams(compiled.plan().seed(),
				compiled.factory().create("Baseline").randomSourceNames());
		Distribution gap = new Distribution.Exponential(TimeUnits.HOUR / lambda);
		Distribution service = new Distribution.Exponential(serviceHours);
		String arrivalSource = SourceNames.arrivals(pathway.getCohort().getName());
		String serviceSource = SourceNames.step(step.getName(), "duration");

		double bestEngine = 0;
		double bestReference = 0;
		double engineWait = Double.NaN;
		double referenceWait = Double.NaN;
		for (int round = 0; round < 4; round++) {
			// Round 0 warms the JIT up on a tenth of the work; rounds 1-3 are measured.
			double length = round == 0 ? horizon / 10 : horizon;
			CareModel model = compiled.factory().create("Baseline");
			long start = System.nanoTime();
			Kpis kpis = model.run(streams, 0, 0, length);
			double seconds = (System.nanoTime() - start) / 1e9;
			RandomSource[] sources = streams.forReplication(0);
			ReferenceQueueLoop.Result reference = ReferenceQueueLoop.run(servers, gap, service,
					sources[streams.indexOf(arrivalSource)], sources[streams.indexOf(serviceSource)], length);
			if (round > 0) {
				bestEngine = Math.max(bestEngine, model.eventCount() / seconds);
				bestReference = Math.max(bestReference, reference.eventsPerSecond());
				engineWait = kpis.get("wait(" + step.getName() + ")") * 24;
				referenceWait = reference.meanWait();
			}
		}
		double erlangC = QueueingTheory.mmcWait(servers, lambda, 1 / serviceHours);
		return new Outcome(bestEngine, bestReference, engineWait, referenceWait, erlangC);
	}
}
