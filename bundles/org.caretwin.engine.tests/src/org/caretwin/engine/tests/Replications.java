package org.caretwin.engine.tests;

import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Kpis;
import org.caretwin.engine.random.RandomStreams;
import org.caretwin.engine.stat.ConfidenceInterval;

/** Runs independent replications of a model and gives the 95% confidence interval of one KPI. */
final class Replications {

	private Replications() {
	}

	static Kpis[] run(Supplier<CareModel> model, long seed, int replications, double warmup, double horizon) {
		RandomStreams streams = new RandomStreams(seed, model.get().randomSourceNames());
		IntFunction<Kpis> one = r -> model.get().run(streams, r, warmup, horizon);
		Kpis[] results = new Kpis[replications];
		for (int r = 0; r < replications; r++) {
			results[r] = one.apply(r);
		}
		return results;
	}

	static ConfidenceInterval interval(Kpis[] results, String kpi) {
		double[] values = new double[results.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = results[i].get(kpi);
		}
		return ConfidenceInterval.of(values, 0.95);
	}
}
