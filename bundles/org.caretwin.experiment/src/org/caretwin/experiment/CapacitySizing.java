package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.engine.TimeUnits;
import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Cohort;
import org.caretwin.engine.pathway.Resource;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.pathway.Territory;
import org.caretwin.engine.pathway.WeeklyCalendar;
import org.caretwin.engine.random.RandomStreams;

/**
 * Static capacity sizing, without simulation: for each resource of each zone, the yearly hours patients need (arrival
 * rate × profile mix × visits through branches × sessions × mean durations) against the hours it can give.
 * <p>
 * The P5–P95 band treats a year's demand as compound Poisson over patients (each bringing the expected hours of their
 * profile and zone), approximated as normal. Remote modes are counted at their adoption rate for every patient.
 */
public final class CapacitySizing {

	private static final double Z95 = 1.6448536269514722;

	/** One resource of one zone. */
	public record Line(String resource, String zone, int capacity, double demandHours, double demandP5, double demandP95,
			double availableHours, double hoursPerUnit) {

		public double load() {
			return availableHours > 0 ? demandHours / availableHours : Double.POSITIVE_INFINITY;
		}

		/** Whole-time units needed to serve the mean demand at the resource's opening hours. */
		public double unitsNeeded() {
			return hoursPerUnit > 0 ? demandHours / hoursPerUnit : Double.NaN;
		}

		/** Units missing (positive) or spare (negative). */
		public double gap() {
			return unitsNeeded() - capacity;
		}

		public String flag() {
			if (Double.isInfinite(availableHours)) {
				return "unlimited";
			}
			if (load() >= 1) {
				return "OVER CAPACITY";
			}
			if (availableHours > 0 && demandP95 / availableHours >= 1) {
				return "AT RISK (P95 over capacity)";
			}
			if (load() >= 0.85) {
				return "TIGHT (queues grow)";
			}
			if (load() < 0.2) {
				return "low use";
			}
			return "ok";
		}
	}

	private CapacitySizing() {
	}

	/** Sizes one scenario of a model. */
	public static List<Line> of(ModelFactory factory, String scenario, long seed) {
		CareModel model = factory.create(scenario);
		model.buildOnly(new RandomStreams(seed, model.randomSourceNames()));
		Territory territory = model.territory();
		Map<Resource, Double> demand = new HashMap<>();
		Map<Resource, Double> variance = new HashMap<>();
		for (Cohort cohort : model.allCohorts()) {
			double perYear = cohort.meanRatePerHour() * TimeUnits.YEAR;
			double[] profiles = cohort.profileProbabilities();
			double[] zoneShares = cohort.zoneShares();
			for (int p = 0; p < profiles.length; p++) {
				Map<Step, Double> visits = visits(cohort.firstStep(), p);
				for (int zone = 0; zone < territory.zoneCount(); zone++) {
					double patients = perYear * profiles[p] * zoneShares[zone];
					Map<Resource, Double> perPatient = hoursPerPatient(model, visits, p, zone);
					for (Map.Entry<Resource, Double> e : perPatient.entrySet()) {
						demand.merge(e.getKey(), patients * e.getValue(), Double::sum);
						variance.merge(e.getKey(), patients * e.getValue() * e.getValue(), Double::sum);
					}
				}
			}
		}
		List<Line> lines = new ArrayList<>();
		for (ResourceType type : model.allResourceTypes()) {
			for (Resource resource : type.placed()) {
				double mean = demand.getOrDefault(resource, 0.0);
				double sd = Math.sqrt(variance.getOrDefault(resource, 0.0));
				double hoursPerUnit = openHoursPerYear(type.calendar());
				double available = resource.isUnlimited() ? Double.POSITIVE_INFINITY : resource.capacity() * hoursPerUnit;
				lines.add(new Line(type.name(), territory.zone(resource.zone()),
						resource.isUnlimited() ? -1 : resource.capacity(), mean, Math.max(0, mean - Z95 * sd), mean + Z95 * sd,
						available, hoursPerUnit));
			}
		}
		return lines;
	}

	private static double openHoursPerYear(WeeklyCalendar calendar) {
		return calendar == null ? TimeUnits.YEAR : calendar.openHours(0, TimeUnits.YEAR);
	}

	/** Expected visits of each step for one patient of a profile, following branch probabilities (cycles included). */
	static Map<Step, Double> visits(Step first, int profile) {
		Map<Step, Double> visits = new IdentityHashMap<>();
		Map<Step, Double> arriving = new IdentityHashMap<>();
		arriving.put(first, 1.0);
		// Propagate probability mass until what is still moving is negligible (validation guarantees an exit).
		for (int round = 0; round < 10_000 && !arriving.isEmpty(); round++) {
			Map<Step, Double> next = new IdentityHashMap<>();
			for (Map.Entry<Step, Double> e : arriving.entrySet()) {
				visits.merge(e.getKey(), e.getValue(), Double::sum);
				for (Map.Entry<Step, Double> s : e.getKey().successors(profile).entrySet()) {
					double mass = e.getValue() * s.getValue();
					if (mass > 1e-12) {
						next.merge(s.getKey(), mass, Double::sum);
					}
				}
			}
			arriving = next;
		}
		return visits;
	}

	/** Hours of each resource one patient of {@code profile} from {@code zone} needs over the pathway. */
	private static Map<Resource, Double> hoursPerPatient(CareModel model, Map<Step, Double> visits, int profile, int zone) {
		Map<Resource, Double> hours = new IdentityHashMap<>();
		for (Map.Entry<Step, Double> e : visits.entrySet()) {
			Step step = e.getKey();
			double sessions = e.getValue() * step.meanSessions(profile);
			double remote = step.remoteShare(profile);
			for (ResourceType type : step.needs()) {
				add(hours, model.servingResource(type, zone), sessions * (1 - remote) * step.meanDuration(profile));
			}
			if (remote > 0) {
				for (ResourceType type : step.remoteNeeds()) {
					add(hours, model.servingResource(type, zone), sessions * remote * step.meanRemoteDuration(profile));
				}
			}
		}
		return hours;
	}

	private static void add(Map<Resource, Double> hours, Resource resource, double value) {
		if (resource != null && value > 0) {
			hours.merge(resource, value, Double::sum);
		}
	}
}
