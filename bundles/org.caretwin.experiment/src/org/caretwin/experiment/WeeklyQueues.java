package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.engine.TimeUnits;
import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Step;

/**
 * Week by week, for each step where patients wait: the mean number waiting ({@code queue(Step)}, patients) and the
 * mean wait of the sessions that started that week ({@code wait(Step)}, days; NaN for a week without one). The
 * recovery after a disruption shows here, where the means over the run hide it. Like {@link WeeklyUtilisation} it
 * only reads the model at each week's end.
 */
final class WeeklyQueues {

	/** Series are kept for this many steps at most, so a national model's results stay small. */
	static final int MAX_STEPS = 24;

	private final double warmupHours;
	private final Map<Step, double[]> last = new LinkedHashMap<>();
	private final Map<Step, List<Double>> queues = new LinkedHashMap<>();
	private final Map<Step, List<Double>> waits = new LinkedHashMap<>();

	private WeeklyQueues(double warmupHours) {
		this.warmupHours = warmupHours;
	}

	static WeeklyQueues watch(CareModel model, double warmupHours) {
		WeeklyQueues watcher = new WeeklyQueues(warmupHours);
		model.observeEvery(TimeUnits.WEEK, watcher::endOfWeek);
		return watcher;
	}

	private void endOfWeek(CareModel model) {
		double now = model.now();
		for (Step step : model.allSteps()) {
			if (!last.containsKey(step) && last.size() == MAX_STEPS) {
				continue;
			}
			double waiting = step.waitingHours(now);
			double[] previous = last.getOrDefault(step, new double[3]);
			boolean restarted = ObservedWeek.restarted(now, warmupHours, waiting, previous[0]);
			double from = ObservedWeek.start(now, warmupHours, restarted);
			double[] delta = restarted ? new double[] { waiting, step.waitsEnded(), step.waitedHours() }
					: new double[] { waiting - previous[0], step.waitsEnded() - previous[1], step.waitedHours() - previous[2] };
			last.put(step, new double[] { waiting, step.waitsEnded(), step.waitedHours() });
			queues.computeIfAbsent(step, s -> new ArrayList<>()).add(now > from ? delta[0] / (now - from) : 0);
			waits.computeIfAbsent(step, s -> new ArrayList<>()).add(delta[1] > 0 ? delta[2] / delta[1] / 24 : Double.NaN);
		}
	}

	/** After the run: {@code queue(Step)} and {@code wait(Step)} of the steps where someone waited. */
	Map<String, double[]> series() {
		Map<String, double[]> series = new LinkedHashMap<>();
		for (Step step : queues.keySet()) {
			double[] queue = queues.get(step).stream().mapToDouble(Double::doubleValue).toArray();
			if (java.util.Arrays.stream(queue).anyMatch(q -> q > 0)) {
				series.put("queue(" + step.name() + ")", queue);
				series.put("wait(" + step.name() + ")", waits.get(step).stream().mapToDouble(Double::doubleValue).toArray());
			}
		}
		return series;
	}
}
