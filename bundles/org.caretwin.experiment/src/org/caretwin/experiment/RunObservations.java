package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.PathwayListener;
import org.caretwin.engine.pathway.Resource;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.Step;

/**
 * What one replay of replication 0 shows in detail, for the report: every waiting time per step and who occupied
 * which unit of each resource for a week. The replay is the same run as in the experiment (runs are pure functions).
 */
public final class RunObservations {

	private final Map<String, List<Double>> waitDays;
	private final List<String> resources;
	private final Occupancy occupancy;

	private RunObservations(Map<String, List<Double>> waitDays, List<String> resources, Occupancy occupancy) {
		this.waitDays = waitDays;
		this.resources = resources;
		this.occupancy = occupancy;
	}

	/** Waiting times in days, by step, after the warm-up. */
	public Map<String, List<Double>> waitDays() {
		return waitDays;
	}

	/** "Type@Zone: capacity" of every resource, as built. */
	public List<String> resources() {
		return resources;
	}

	/** Who held which unit of each limited resource during the first week after the warm-up. */
	public Occupancy occupancy() {
		return occupancy;
	}

	public static RunObservations of(ModelFactory factory, ExperimentPlan plan, String scenario) {
		CareModel model = factory.create(scenario);
		Map<String, List<Double>> waits = new LinkedHashMap<>();
		Occupancy occupancy = new Occupancy(plan.warmupHours());
		model.setListener(new PathwayListener() {
			@Override
			public void sessionCompleted(Patient patient, Step step, Resource[] resources, boolean remote, double start,
					double end) {
				for (Resource resource : resources) {
					if (!resource.isUnlimited()) {
						occupancy.record(WeeklyUtilisation.nameOf(model, resource), step.name(), patient.id(), start, end);
					}
				}
			}

			@Override
			public void sessionStarted(Patient patient, Step step, Resource[] resources, double waitedHours) {
				if (model.now() >= plan.warmupHours()) {
					waits.computeIfAbsent(step.name(), s -> new ArrayList<>()).add(waitedHours / 24);
				}
			}
		});
		model.run(ExperimentRunner.streams(factory, plan), 0, plan.warmupHours(), plan.horizonHours());
		List<String> resources = new ArrayList<>();
		for (ResourceType type : model.allResourceTypes()) {
			for (Resource r : type.placed()) {
				resources.add(WeeklyUtilisation.nameOf(model, r) + ": " + (r.isUnlimited() ? "unlimited" : r.capacity() + " units"));
			}
		}
		return new RunObservations(waits, resources, occupancy);
	}
}
