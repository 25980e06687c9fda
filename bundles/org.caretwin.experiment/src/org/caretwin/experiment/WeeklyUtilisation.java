package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.engine.TimeUnits;
import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Resource;
import org.caretwin.engine.pathway.ResourceType;

/**
 * Week-by-week utilisation (busy hours / open hours) of each limited resource of each zone during one run, warm-up
 * included, for the utilisation chart's band over replications. It only reads the model at each week's end, so the
 * run and its indicators are the same as without it.
 */
final class WeeklyUtilisation {

	/** Series are kept for this many resources at most, so that a national model's results stay small. */
	static final int MAX_RESOURCES = 48;

	private final Map<Resource, List<Double>> weekly = new LinkedHashMap<>();
	private final Map<Resource, Double> lastBusy = new LinkedHashMap<>();
	private final CareModel model;
	private final double warmupHours;

	private WeeklyUtilisation(CareModel model, double warmupHours) {
		this.model = model;
		this.warmupHours = warmupHours;
	}

	/** Starts watching {@code model}, before it runs with a warm-up of {@code warmupHours}. */
	static WeeklyUtilisation watch(CareModel model, double warmupHours) {
		WeeklyUtilisation watcher = new WeeklyUtilisation(model, warmupHours);
		model.observeEvery(TimeUnits.WEEK, watcher::endOfWeek);
		return watcher;
	}

	private void endOfWeek(CareModel m) {
		for (ResourceType type : m.allResourceTypes()) {
			for (Resource resource : type.placed()) {
				if (resource.isUnlimited() || resource.capacity() == 0
						|| !weekly.containsKey(resource) && weekly.size() == MAX_RESOURCES) {
					continue;
				}
				double busy = resource.busyHours(m.now());
				double previous = lastBusy.getOrDefault(resource, 0.0);
				boolean restarted = ObservedWeek.restarted(m.now(), warmupHours, busy, previous);
				double delta = restarted ? busy : busy - previous;
				double from = ObservedWeek.start(m.now(), warmupHours, restarted);
				lastBusy.put(resource, busy);
				weekly.computeIfAbsent(resource, r -> new ArrayList<>()).add(utilisation(resource, delta, from, m.now()));
			}
		}
	}

	/**
	 * Busy hours over the hours the units could give from {@code from} to {@code now}: capacity times open hours, or,
	 * when a disruption changed the capacity during the week, the hours its segments could give.
	 */
	private double utilisation(Resource resource, double busy, double from, double now) {
		double available = resource.availableHoursBetween(from, now);
		return available > 0 ? busy / available : 0;
	}

	/** After the run: the weeks of each resource, named {@code Type@Zone} ({@code Type} in a model of one zone). */
	Map<String, double[]> series() {
		Map<String, double[]> series = new LinkedHashMap<>();
		weekly.forEach((resource, weeks) -> series.put(nameOf(model, resource),
				weeks.stream().mapToDouble(Double::doubleValue).toArray()));
		return series;
	}

	/** {@code Type@Zone}, or {@code Type} in a model of one zone: the names of the utilisation KPIs. */
	static String nameOf(CareModel model, Resource resource) {
		return resource.type().name() + (model.territory().zoneCount() > 1 ? "@" + model.territory().zone(resource.zone()) : "");
	}
}
