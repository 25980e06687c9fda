package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.engine.TimeUnits;
import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.PathwayListener;
import org.caretwin.engine.pathway.Resource;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.pathway.WeeklyCalendar;

/**
 * What one replay of replication 0 shows over time, for the report: weekly utilisation of each resource of each
 * zone, and every waiting time per step. The replay is the same run as in the experiment (runs are pure functions).
 */
public final class RunObservations {

	/** Utilisation of one resource of one zone, week by week from time 0 (warm-up included). */
	public record Series(String resource, double[] weeklyUtilisation) {
	}

	private final List<Series> utilisation;
	private final Map<String, List<Double>> waitDays;
	private final List<String> resources;

	private RunObservations(List<Series> utilisation, Map<String, List<Double>> waitDays, List<String> resources) {
		this.utilisation = utilisation;
		this.waitDays = waitDays;
		this.resources = resources;
	}

	public List<Series> utilisation() {
		return utilisation;
	}

	/** Waiting times in days, by step, after the warm-up. */
	public Map<String, List<Double>> waitDays() {
		return waitDays;
	}

	/** "Type@Zone: capacity" of every resource, as built. */
	public List<String> resources() {
		return resources;
	}

	public static RunObservations of(ModelFactory factory, ExperimentPlan plan, String scenario) {
		CareModel model = factory.create(scenario);
		Map<String, List<Double>> waits = new LinkedHashMap<>();
		model.setListener(new PathwayListener() {
			@Override
			public void sessionStarted(Patient patient, Step step, Resource[] resources, double waitedHours) {
				if (model.now() >= plan.warmupHours()) {
					waits.computeIfAbsent(step.name(), s -> new ArrayList<>()).add(waitedHours / 24);
				}
			}
		});
		Map<Resource, List<Double>> weekly = new LinkedHashMap<>();
		Map<Resource, Double> lastBusy = new LinkedHashMap<>();
		model.observeEvery(TimeUnits.WEEK, m -> {
			for (ResourceType type : m.allResourceTypes()) {
				for (Resource resource : type.placed()) {
					if (resource.isUnlimited() || resource.capacity() == 0) {
						continue;
					}
					double busy = resource.busyHours(m.now());
					double previous = lastBusy.getOrDefault(resource, 0.0);
					// The statistics restart at the end of the warm-up: the integral then starts again from zero.
					double delta = busy >= previous ? busy - previous : busy;
					lastBusy.put(resource, busy);
					WeeklyCalendar calendar = type.calendar();
					double open = calendar == null ? TimeUnits.WEEK : calendar.openHours(m.now() - TimeUnits.WEEK, m.now());
					weekly.computeIfAbsent(resource, r -> new ArrayList<>()).add(open > 0 ? delta / (resource.capacity() * open) : 0);
				}
			}
		});
		model.run(ExperimentRunner.streams(factory, plan), 0, plan.warmupHours(), plan.horizonHours());
		List<Series> series = new ArrayList<>();
		List<String> resources = new ArrayList<>();
		boolean zones = model.territory().zoneCount() > 1;
		for (Map.Entry<Resource, List<Double>> e : weekly.entrySet()) {
			Resource r = e.getKey();
			String name = r.type().name() + (zones ? "@" + model.territory().zone(r.zone()) : "");
			series.add(new Series(name, e.getValue().stream().mapToDouble(Double::doubleValue).toArray()));
		}
		for (ResourceType type : model.allResourceTypes()) {
			for (Resource r : type.placed()) {
				resources.add(type.name() + (zones ? "@" + model.territory().zone(r.zone()) : "") + ": "
						+ (r.isUnlimited() ? "unlimited" : r.capacity() + " units"));
			}
		}
		return new RunObservations(series, waits, resources);
	}
}
