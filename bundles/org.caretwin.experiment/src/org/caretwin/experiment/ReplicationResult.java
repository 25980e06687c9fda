package org.caretwin.experiment;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.engine.pathway.Kpis;

/**
 * The indicators one unit produced, in the engine's order, the week-by-week utilisation of its resources and the
 * weekly queues and waits of its steps ({@code queue(Step)}, {@code wait(Step)}); plain data, so it can travel back
 * from any runner.
 */
public record ReplicationResult(ReplicationUnit unit, List<String> kpiNames, double[] values,
		Map<String, double[]> weeklyUtilisation, Map<String, double[]> weeklyQueues) implements Serializable {

	public ReplicationResult {
		kpiNames = List.copyOf(kpiNames);
		values = values.clone();
		if (kpiNames.size() != values.length) {
			throw new IllegalArgumentException(kpiNames.size() + " names for " + values.length + " values");
		}
		weeklyUtilisation = copy(weeklyUtilisation);
		weeklyQueues = copy(weeklyQueues);
	}

	/** A unit without weekly queues (a runner that does not watch them). */
	public ReplicationResult(ReplicationUnit unit, List<String> kpiNames, double[] values,
			Map<String, double[]> weeklyUtilisation) {
		this(unit, kpiNames, values, weeklyUtilisation, Map.of());
	}

	private static Map<String, double[]> copy(Map<String, double[]> series) {
		Map<String, double[]> weeks = new LinkedHashMap<>();
		series.forEach((name, values) -> weeks.put(name, values.clone()));
		return Collections.unmodifiableMap(weeks);
	}

	public static ReplicationResult of(ReplicationUnit unit, Kpis kpis, Map<String, double[]> weeklyUtilisation,
			Map<String, double[]> weeklyQueues) {
		List<String> names = List.copyOf(kpis.values().keySet());
		double[] values = new double[names.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = kpis.values().get(names.get(i));
		}
		return new ReplicationResult(unit, names, values, weeklyUtilisation, weeklyQueues);
	}

	public Kpis kpis() {
		Map<String, Double> map = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			map.put(kpiNames.get(i), values[i]);
		}
		return Kpis.of(map);
	}
}
