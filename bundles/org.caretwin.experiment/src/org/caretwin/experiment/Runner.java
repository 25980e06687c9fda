package org.caretwin.experiment;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs units of one experiment somewhere: threads of this process ({@link LocalRunner}) today, a cluster later.
 * Results may come back in any order; {@link ResultMerge} puts them in place.
 */
public interface Runner {

	/**
	 * Runs {@code units} of {@code model} under {@code plan}; {@code progress} receives the number of units finished so
	 * far (from any thread).
	 */
	List<ReplicationResult> run(ModelSource model, ExperimentPlan plan, List<ReplicationUnit> units, IntConsumer progress);
}
