package org.caretwin.engine.pathway;

import static org.caretwin.engine.TimeUnits.DAY;
import static org.caretwin.engine.TimeUnits.YEAR;
import static org.caretwin.engine.pathway.KpiCatalogue.*;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indicators of one replication, by name (see {@link KpiCatalogue} for names and units). Values are NaN where
 * an indicator had no observation (e.g. nobody waited for a step).
 */
public final class Kpis {

	private final Map<String, Double> values;

	private Kpis(Map<String, Double> values) {
		this.values = Collections.unmodifiableMap(values);
	}

	public static Kpis of(Map<String, Double> values) {
		return new Kpis(new LinkedHashMap<>(values));
	}

	public Map<String, Double> values() {
		return values;
	}

	public double get(String name) {
		Double value = values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("no KPI '" + name + "'");
		}
		return value;
	}

	static Kpis of(CareModel model, double horizonHours) {
		double now = model.now();
		double years = horizonHours / YEAR;
		double days = horizonHours / DAY;
		Map<String, Double> v = new LinkedHashMap<>();
		for (Step step : model.steps()) {
			String n = step.name();
			v.put(WAIT.of(n), step.waits.mean() / 24);
			v.put(MAX_WAIT.of(n), step.waits.max() / 24);
			v.put(THROUGHPUT.of(n), step.completions / years);
			v.put(DAILY_THROUGHPUT.of(n), step.completions / days);
			v.put(QUEUE.of(n), step.waiting.average(now));
			v.put(MAX_QUEUE.of(n), step.waiting.max());
			v.put(IN_STEP.of(n), step.present.average(now));
			String[] targets = step.routeNames();
			for (int i = 0; i < targets.length; i++) {
				v.put(ROUTED.of(n + "," + targets[i]), step.routedShare(i));
			}
		}
		for (int i = 0; i < model.trackedIntervals().size(); i++) {
			int[] pair = model.trackedIntervals().get(i);
			v.put(TIME.of(model.steps().get(pair[0]).name() + "," + model.steps().get(pair[1]).name()),
					model.intervalDays().get(i).mean());
		}
		model.censusByKpi().forEach((kpi, census) -> v.put(kpi, census.mean()));
		v.put(DURATION.of("pathway"), model.pathwayDays().mean());
		v.put(IN_SYSTEM.name(), model.inSystem().average(now));
		v.put(ARRIVALS.name(), model.admitted() / years);
		v.put(COMPLETED.name(), model.completed() / years);
		v.put(LOST.name(), share(model.lostPatients(), model.admitted()));
		v.put(REDIRECTED.name(), share(model.redirectedPatients(), model.admitted()));
		v.put(LOST_COUNT.name(), model.lost() / years);
		v.put(REDIRECTED_COUNT.name(), model.redirected() / years);
		v.put(ADMITTED_PER_DAY.name(), model.admitted() / days);
		v.put(LOST_PER_DAY.name(), model.lost() / days);
		v.put(REDIRECTED_PER_DAY.name(), model.redirected() / days);
		model.lostByReason().forEach((reason, count) -> v.put(LOST.of(reason), share(count, model.admitted())));
		model.redirectedByReason().forEach((reason, count) -> v.put(REDIRECTED.of(reason), share(count, model.admitted())));
		v.put(TRAVEL.of("per patient"), model.travelHours().mean());
		v.put(COST.of("per patient"), model.costPerPatient().mean());
		v.put(COLLABORATION.name(), share(model.actsOutsideZone(), model.acts()));
		v.put(ACTORS.of("per patient"), model.actorsPerPatient().mean());
		v.put(PERSONALISATION.name(), model.eligibleSessions() == 0 ? Double.NaN
				: (double) model.personalisedSessions() / model.eligibleSessions());
		model.costByActor().forEach((actor, cost) -> v.put(COST.of(actor), cost / years));
		for (ResourceType type : model.resourceTypes()) {
			putResourceKpis(v, type.name(), now, years, type.resources());
			if (model.territory().zoneCount() > 1) {
				for (Resource resource : type.resources()) {
					if (resource != null) {
						putResourceKpis(v, type.name() + "@" + model.territory().zone(resource.zone()), now, years,
								new Resource[] { resource });
					}
				}
			}
		}
		return new Kpis(v);
	}

	private static void putResourceKpis(Map<String, Double> v, String key, double now, double years,
			Resource[] resources) {
		double busy = 0;
		double available = 0;
		double overtime = 0;
		double peak = 0;
		double queue = 0;
		for (Resource resource : resources) {
			if (resource == null || resource.capacity() == 0) {
				continue;
			}
			busy += resource.busyHours(now);
			available += resource.availableHours(now);
			overtime += resource.overtimeHours();
			peak += resource.peakBusy();
			queue += resource.meanQueueLength(now);
		}
		boolean unlimited = Double.isInfinite(available);
		v.put(UTILISATION.of(key), unlimited || available == 0 ? Double.NaN : busy / available);
		v.put(BUSY_HOURS.of(key), busy / years);
		v.put(FLEXIBILITY.of(key), unlimited ? Double.NaN : Math.max(0, available - busy) / years);
		v.put(OVERTIME.of(key), overtime / years);
		v.put(PEAK.of(key), peak);
		v.put(RESOURCE_QUEUE.of(key), queue);
	}

	/** NaN (no data) when there is nothing to share, e.g. no patient arrived. */
	private static double share(long part, long whole) {
		return whole == 0 ? Double.NaN : (double) part / whole;
	}
}
