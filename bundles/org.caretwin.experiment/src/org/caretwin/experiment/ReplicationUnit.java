package org.caretwin.experiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of an experiment: a scenario (by its index in the plan) and a replication index. With the model and the
 * plan (whose seed fixes the streams) it determines its result: a pure function, wherever it runs.
 */
public record ReplicationUnit(int scenario, int replication) implements Serializable {

	/** Every unit of a plan, replication-major, so that the scenarios of one replication finish close together. */
	public static List<ReplicationUnit> allOf(ExperimentPlan plan) {
		List<ReplicationUnit> units = new ArrayList<>();
		for (int r = 0; r < plan.replications(); r++) {
			for (int s = 0; s < plan.scenarios().size(); s++) {
				units.add(new ReplicationUnit(s, r));
			}
		}
		return units;
	}
}
