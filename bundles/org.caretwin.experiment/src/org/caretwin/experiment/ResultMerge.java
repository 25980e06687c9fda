package org.caretwin.experiment;

import java.util.Collection;
import java.util.Map;

import org.caretwin.engine.pathway.Kpis;

/** Puts the results of an experiment's units in place by their indices: the outcome does not depend on their order. */
public final class ResultMerge {

	private ResultMerge() {
	}

	public static ExperimentResult merge(ExperimentPlan plan, Collection<ReplicationResult> results) {
		Kpis[][] runs = new Kpis[plan.scenarios().size()][plan.replications()];
		@SuppressWarnings("unchecked")
		Map<String, double[]>[][] weeks = new Map[plan.scenarios().size()][plan.replications()];
		@SuppressWarnings("unchecked")
		Map<String, double[]>[][] queues = new Map[plan.scenarios().size()][plan.replications()];
		for (ReplicationResult result : results) {
			ReplicationUnit unit = result.unit();
			if (runs[unit.scenario()][unit.replication()] != null) {
				throw new IllegalArgumentException("two results for " + describe(plan, unit));
			}
			runs[unit.scenario()][unit.replication()] = result.kpis();
			weeks[unit.scenario()][unit.replication()] = result.weeklyUtilisation();
			queues[unit.scenario()][unit.replication()] = result.weeklyQueues();
		}
		for (int s = 0; s < runs.length; s++) {
			for (int r = 0; r < runs[s].length; r++) {
				if (runs[s][r] == null) {
					throw new IllegalArgumentException("no result for " + describe(plan, new ReplicationUnit(s, r)));
				}
			}
		}
		return new ExperimentResult(plan, runs, weeks, queues);
	}

	private static String describe(ExperimentPlan plan, ReplicationUnit unit) {
		return "scenario " + plan.scenarios().get(unit.scenario()) + ", replication " + unit.replication();
	}
}
