package org.caretwin.lang.sizing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.caretwin.engine.TimeUnits;
import org.caretwin.engine.pathway.WeeklyCalendar;
import org.caretwin.lang.sizing.SizingLine;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModel.Calendar;
import org.caretwin.lang.model.ResolvedModel.Cohort;
import org.caretwin.lang.model.ResolvedModel.Pathway;
import org.caretwin.lang.model.ResolvedModel.Resource;
import org.caretwin.lang.model.ResolvedModel.Step;
import org.caretwin.lang.sizing.Placement.Placed;

/**
 * Static capacity sizing, read from a {@link ResolvedModel} alone (nothing generated, compiled or run): for each
 * resource of each zone, the yearly hours patients need (arrival rate × profile mix × visits through branches ×
 * sessions × mean durations) against the hours it can give.
 * <p>
 * The P5–P95 band treats a year's demand as compound Poisson over patients (each bringing the expected hours of their
 * profile and zone), approximated as normal. Remote modes are counted at their adoption rate for every patient.
 */
public final class CapacitySizing {

	private static final double Z95 = 1.6448536269514722;

	private final ResolvedModel model;
	private final Placement placement;
	private final Map<Placed, Double> demand = new LinkedHashMap<>();
	private final Map<Placed, Double> variance = new LinkedHashMap<>();
	private final Map<String, Step> steps;

	private CapacitySizing(ResolvedModel model) {
		this.model = model;
		this.placement = new Placement(model);
		this.steps = model.pathways().stream().flatMap(p -> p.steps().stream())
				.collect(Collectors.toMap(Step::id, Function.identity()));
	}

	/** Sizes one scenario of a model; refuses, as a simulation would, a model whose patients reach no resource. */
	public static List<SizingLine> of(ResolvedModel model, String scenario) {
		return new CapacitySizing(model.inScenario(scenario)).lines();
	}

	private List<SizingLine> lines() {
		Map<String, Double> openHours = model.calendars().stream()
				.collect(Collectors.toMap(Calendar::name, CapacitySizing::openHoursPerYear, (a, b) -> a, LinkedHashMap::new));
		requireReachableResources();
		for (Pathway pathway : model.pathways()) {
			addDemand(pathway);
		}
		Map<String, Resource> resources = model.resources().stream()
				.collect(Collectors.toMap(Resource::name, Function.identity()));
		List<SizingLine> lines = new ArrayList<>();
		for (Placed placed : placement.placed()) {
			Resource resource = resources.get(placed.resource());
			double mean = demand.getOrDefault(placed, 0.0);
			double sd = Math.sqrt(variance.getOrDefault(placed, 0.0));
			double hoursPerUnit = resource.calendar() == null ? TimeUnits.YEAR : openHours.get(resource.calendar());
			int units = placement.units(placed);
			boolean unlimited = units == Placement.UNLIMITED;
			lines.add(new SizingLine(resource.name(), placement.zoneName(placed.zone()), unlimited ? -1 : units, mean,
					Math.max(0, mean - Z95 * sd), mean + Z95 * sd, unlimited ? Double.POSITIVE_INFINITY : units * hoursPerUnit,
					hoursPerUnit));
		}
		return lines;
	}

	/** Open hours of a calendar over the first year, holidays off, by the engine's own calendar. */
	private static double openHoursPerYear(Calendar calendar) {
		WeeklyCalendar.Builder builder = WeeklyCalendar.builder();
		calendar.openings().forEach(o -> builder.open(o.weekday(), o.fromHour(), o.toHour()));
		calendar.holidays().forEach(builder::holiday);
		return builder.build().openHours(0, TimeUnits.YEAR);
	}

	/** Every step must reach the units it needs from every zone, as the engine checks before a run. */
	private void requireReachableResources() {
		for (Pathway pathway : model.pathways()) {
			for (Step step : pathway.steps()) {
				for (int zone = 0; zone < placement.zoneCount(); zone++) {
					for (String resource : step.resources()) {
						placement.serving(resource, zone);
					}
					for (String resource : step.remote() == null ? List.<String>of() : step.remote().resources()) {
						placement.serving(resource, zone);
					}
				}
			}
		}
	}

	private void addDemand(Pathway pathway) {
		Cohort cohort = model.cohort(pathway.cohort()).orElseThrow();
		CohortArrivals arrivals = CohortArrivals.of(cohort, model.territory());
		Map<String, Step> ownSteps = pathwaySteps(pathway);
		for (int p = 0; p < arrivals.profileShares().length; p++) {
			StepExpectations expectations = new StepExpectations(cohort, p);
			Map<String, Double> visits = PatientVisits.of(steps, pathway.steps().get(0).id(), expectations);
			Map<String, Double> held = HeldHours.of(ownSteps, pathway.steps().get(0).id(), expectations);
			for (int zone = 0; zone < placement.zoneCount(); zone++) {
				double patients = arrivals.perYear() * arrivals.profileShares()[p] * arrivals.zoneShares()[zone];
				Map<Placed, Double> hours = hoursPerPatient(visits, expectations, zone);
				for (Map.Entry<String, Double> h : held.entrySet()) {
					add(hours, placement.serving(h.getKey(), zone), h.getValue());
				}
				for (Map.Entry<Placed, Double> e : hours.entrySet()) {
					demand.merge(e.getKey(), patients * e.getValue(), Double::sum);
					variance.merge(e.getKey(), patients * e.getValue() * e.getValue(), Double::sum);
				}
			}
		}
	}

	private static Map<String, Step> pathwaySteps(Pathway pathway) {
		return pathway.steps().stream().collect(Collectors.toMap(Step::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** Hours of each placed resource one patient from {@code zone} needs over the pathway. */
	private Map<Placed, Double> hoursPerPatient(Map<String, Double> visits, StepExpectations expectations, int zone) {
		Map<Placed, Double> hours = new LinkedHashMap<>();
		for (Map.Entry<String, Double> e : visits.entrySet()) {
			Step step = steps.get(e.getKey());
			double sessions = e.getValue() * expectations.sessions(step);
			double remote = expectations.remoteShare(step);
			for (String resource : step.resources()) {
				add(hours, placement.serving(resource, zone), sessions * (1 - remote) * expectations.meanDuration(step));
			}
			if (remote > 0) {
				for (String resource : expectations.remoteResources(step)) {
					add(hours, placement.serving(resource, zone), sessions * remote * expectations.meanRemoteDuration(step));
				}
			}
		}
		return hours;
	}

	private static void add(Map<Placed, Double> hours, Placed resource, double value) {
		if (value > 0) {
			hours.merge(resource, value, Double::sum);
		}
	}
}
