package org.caretwin.experiment;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Cohort;
import org.caretwin.engine.pathway.Decision;
import org.caretwin.engine.random.RandomStreams;

/**
 * How much work a plan asks for, known before running it: for every scenario, the expected arrivals over warm-up and
 * horizon times the events a patient makes through the steps (a start and an end per step, plus the arrival), times
 * the replications, plus a fixed cost per run (building the model, collecting its KPIs). Repeated sessions make
 * more, so this is an order of magnitude, good enough to refuse a run of days before it starts.
 */
public final class RunSize {

	/** Events a run costs besides its patients' events. */
	static final double EVENTS_PER_RUN = 1000;

	private RunSize() {
	}

	/** The estimated events of every replication of every scenario of {@code plan}; infinite when unbounded. */
	public static double events(ModelFactory factory, ExperimentPlan plan) {
		double hours = plan.warmupHours() + plan.horizonHours();
		double total = 0;
		for (String scenario : plan.scenarios()) {
			CareModel model = factory.create(scenario);
			model.buildOnly(new RandomStreams(plan.seed(), model.randomSourceNames()));
			double patients = 0;
			for (Cohort cohort : model.allCohorts()) {
				patients += cohort.meanRatePerHour() * hours;
			}
			// a decision routes without an event
			long timedSteps = model.allSteps().stream().filter(step -> !(step instanceof Decision)).count();
			double perRun = patients * (1 + 2.0 * timedSteps) + EVENTS_PER_RUN;
			total += perRun * plan.replications();
		}
		return Double.isNaN(total) ? Double.POSITIVE_INFINITY : total;
	}
}
