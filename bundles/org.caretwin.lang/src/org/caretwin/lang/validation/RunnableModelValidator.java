package org.caretwin.lang.validation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.ClockTime;
import org.caretwin.lang.care.Density;
import org.caretwin.lang.care.EmpiricalTable;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Law;
import org.caretwin.lang.care.Parameter;
import org.caretwin.lang.care.Parametric;
import org.caretwin.lang.care.PoissonArrivals;
import org.caretwin.lang.care.Quantity;
import org.caretwin.lang.care.RenewalArrivals;
import org.caretwin.lang.care.Scenario;
import org.caretwin.lang.care.TimeRange;
import org.caretwin.lang.care.Zone;
import org.caretwin.lang.care.ZonalArrivals;
import org.caretwin.lang.care.ZoneRate;
import org.caretwin.lang.generator.Units;
import org.caretwin.lang.load.EmpiricalValues;
import org.eclipse.xtext.validation.Check;

/**
 * What {@code check} accepts must run: numbers in the ranges a simulation can hold, distributions that can be drawn,
 * clock times that exist, arrivals that advance time, scenarios that end. Each rule speaks at the place written.
 */
public class RunnableModelValidator extends ComposedCareValidator {

	public static final String OUT_OF_RANGE = "outOfRange";
	public static final String DEGENERATE = "degenerateDistribution";
	public static final String BAD_CLOCK = "badClockTime";
	public static final String SCENARIO_CYCLE = "scenarioCycle";

	/** The longest time a model may name, in hours: a century is past any care pathway and far from overflow. */
	static final double LONGEST_HOURS = 100 * Units.hours("years");
	/** The replications a run may have: a confidence interval needs two. */
	public static final int MIN_REPLICATIONS = 2;
	public static final int MAX_REPLICATIONS = 10_000;

	@Check
	public void quantityIsInRange(Quantity quantity) {
		if (!(hours(quantity) <= LONGEST_HOURS)) {
			error("A time over 100 years cannot be simulated", quantity, CarePackage.Literals.QUANTITY__VALUE, OUT_OF_RANGE);
		}
	}

	@Check
	public void parameterIsInRange(Parameter parameter) {
		if (!Double.isFinite(parameter.getValue()) || (parameter.getUnit() != null && hours(parameter) > LONGEST_HOURS)) {
			error("A time over 100 years cannot be simulated", parameter, CarePackage.Literals.PARAMETER__VALUE, OUT_OF_RANGE);
		} else if (parameter.eIsSet(CarePackage.Literals.PARAMETER__WEIGHT) && !(parameter.getWeight() > 0
				&& Double.isFinite(parameter.getWeight()))) {
			error("A weight must be more than zero", parameter, CarePackage.Literals.PARAMETER__WEIGHT, OUT_OF_RANGE);
		}
	}

	@Check
	public void distributionCanBeDrawn(Parametric distribution) {
		List<Parameter> parameters = distribution.getParameters();
		if (distribution.getLaw() == Law.UNIFORM && parameters.size() == 2
				&& !(hours(parameters.get(0)) < hours(parameters.get(1)))) {
			error("uniform(minimum, maximum) needs its minimum below its maximum", distribution,
					CarePackage.Literals.PARAMETRIC__LAW, DEGENERATE);
		}
		if (distribution.getLaw() == Law.TRIANGULAR && parameters.size() == 3) {
			double min = hours(parameters.get(0));
			double mode = hours(parameters.get(1));
			double max = hours(parameters.get(2));
			if (!(min <= mode && mode <= max && min < max)) {
				error("triangular(minimum, mode, maximum) needs minimum ≤ mode ≤ maximum and minimum below maximum",
						distribution, CarePackage.Literals.PARAMETRIC__LAW, DEGENERATE);
			}
		}
		if (distribution.getLaw() == Law.WEIBULL) {
			parameters.stream().filter(p -> "shape".equals(p.getName())).findFirst().ifPresent(shape -> {
				if (shape.getValue() < 0.1 || shape.getValue() > 100) {
					error("A Weibull shape must lie between 0.1 and 100", shape, CarePackage.Literals.PARAMETER__VALUE,
							DEGENERATE);
				}
			});
		}
	}

	private static double hours(Quantity quantity) {
		return quantity.getValue() * Units.hours(quantity.getUnit());
	}

	private static double hours(Parameter parameter) {
		return parameter.getUnit() == null ? parameter.getValue() : parameter.getValue() * Units.hours(parameter.getUnit());
	}

	/**
	 * A renewal gap that is always zero would schedule arrivals without end at one instant. Only an empirical gap,
	 * written or read from a file, can be: the other laws' degenerate forms are errors of their own.
	 */
	@Check
	public void arrivalGapsAdvanceTime(RenewalArrivals arrivals) {
		boolean alwaysZero = switch (arrivals.getGap()) {
		case Parametric gap -> gap.getLaw() == Law.EMPIRICAL
				&& gap.getParameters().stream().allMatch(p -> p.getValue() <= 0);
		case EmpiricalTable table -> {
			var read = EmpiricalValues.read(table, table.getFile(), table.getColumn());
			yield read.ok() && Arrays.stream(read.values()).allMatch(v -> v <= 0);
		}
		case null, default -> false;
		};
		if (alwaysZero) {
			error("The time between arrivals is always zero: give it a positive value", arrivals,
					CarePackage.Literals.RENEWAL_ARRIVALS__GAP, DEGENERATE);
		}
	}

	@Check
	public void poissonRateIsPositive(PoissonArrivals arrivals) {
		if (!(arrivals.getRate() > 0 && Double.isFinite(arrivals.getRate()))) {
			error("A cohort needs an arrival rate above zero", arrivals, CarePackage.Literals.POISSON_ARRIVALS__RATE,
					OUT_OF_RANGE);
		}
		int factors = arrivals.getFactors().size();
		if (factors > 0 && factors != 12) {
			error("Seasonal arrivals need 12 monthly factors, not " + factors, arrivals,
					CarePackage.Literals.POISSON_ARRIVALS__FACTORS, OUT_OF_RANGE);
		} else if (factors == 12 && arrivals.getFactors().stream().allMatch(f -> f == 0)) {
			error("Seasonal factors that are all zero bring no patient", arrivals,
					CarePackage.Literals.POISSON_ARRIVALS__FACTORS, OUT_OF_RANGE);
		}
	}

	@Check
	public void zonalRatesArePositive(ZonalArrivals arrivals) {
		if (arrivals.getRates().stream().allMatch(r -> r.getRate() == 0)) {
			error("A cohort needs an arrival rate above zero in at least one zone", arrivals,
					CarePackage.Literals.ZONAL_ARRIVALS__RATES, OUT_OF_RANGE);
		}
		for (ZoneRate rate : arrivals.getRates()) {
			if (!Double.isFinite(rate.getRate())) {
				error("This rate is too large", rate, CarePackage.Literals.ZONE_RATE__RATE, OUT_OF_RANGE);
			}
		}
	}

	@Check
	public void zoneHasPeople(Zone zone) {
		if (!(zone.getPopulation() > 0 && Double.isFinite(zone.getPopulation()))) {
			error("A zone needs a population above zero", zone, CarePackage.Literals.ZONE__POPULATION, OUT_OF_RANGE);
		}
	}

	@Check
	public void densityHasABase(Density density) {
		if (density.getPer() <= 0) {
			error("A density is per a positive number of inhabitants, e.g. 'density 12 per 100000'", density,
					CarePackage.Literals.DENSITY__PER, OUT_OF_RANGE);
		} else if (!Double.isFinite(density.getValue())) {
			error("This density is too large", density, CarePackage.Literals.DENSITY__VALUE, OUT_OF_RANGE);
		}
	}

	@Check
	public void clockTimeExists(ClockTime time) {
		if (!exists(time)) {
			error(String.format(Locale.ROOT, "%02d:%02d is not a clock time: hours 00-24, minutes 00-59", time.getHour(),
					time.getMinute()), time, CarePackage.Literals.CLOCK_TIME__HOUR, BAD_CLOCK);
		}
	}

	private static boolean exists(ClockTime time) {
		return time.getHour() == 24 ? time.getMinute() == 0 : time.getHour() <= 23 && time.getMinute() <= 59;
	}

	@Check
	public void sessionEndsAfterItStarts(TimeRange range) {
		ClockTime from = range.getFrom();
		ClockTime to = range.getTo();
		if (from != null && to != null && exists(from) && exists(to) && from.getHour() * 60 + from.getMinute() >= to.getHour() * 60 + to.getMinute()) {
			error("A session must end after it starts; split a night across midnight into two sessions (e.g. monday 20:00-24:00 and tuesday 00:00-08:00)",
					range, CarePackage.Literals.TIME_RANGE__TO, BAD_CLOCK);
		}
	}

	@Check
	public void holidaysAreDaysOfTheYear(org.caretwin.lang.care.Calendar calendar) {
		for (int i = 0; i < calendar.getHolidays().size(); i++) {
			int day = calendar.getHolidays().get(i);
			if (day < 0 || day > 365) {
				error("A holiday is a day of the year from 0 to 365, not " + day, calendar,
						CarePackage.Literals.CALENDAR__HOLIDAYS, i, OUT_OF_RANGE);
			}
		}
	}

	@Check
	public void experimentIsInRange(Experiment experiment) {
		if (experiment.getReplications() < MIN_REPLICATIONS || experiment.getReplications() > MAX_REPLICATIONS) {
			error("An experiment runs from " + MIN_REPLICATIONS + " to " + MAX_REPLICATIONS + " replications (a confidence interval needs two)",
					experiment, CarePackage.Literals.EXPERIMENT__REPLICATIONS, OUT_OF_RANGE);
		}
		Quantity horizon = experiment.getHorizon();
		if (horizon != null && !(horizon.getValue() > 0)) {
			error("The horizon must be more than zero", horizon, CarePackage.Literals.QUANTITY__VALUE, OUT_OF_RANGE);
		}
		Quantity warmup = experiment.getWarmup();
		// A warm-up or horizon out of range is an error of its own already.
		if (horizon != null && warmup != null && hours(warmup) <= LONGEST_HOURS && hours(horizon) <= LONGEST_HOURS
				&& hours(warmup) >= hours(horizon)) {
			error("The warm-up must end before the horizon", warmup, CarePackage.Literals.QUANTITY__VALUE, OUT_OF_RANGE);
		}
	}

	@Check
	public void scenarioAncestryEnds(Scenario scenario) {
		Set<Scenario> seen = new LinkedHashSet<>();
		for (Scenario s = scenario; s != null && !s.eIsProxy() && seen.add(s); s = s.getParent()) {
			if (s.getParent() == scenario) {
				error("The scenario " + scenario.getName() + " extends itself through " + names(seen) + " -> "
						+ scenario.getName() + ": break the cycle", scenario, CarePackage.Literals.SCENARIO__PARENT,
						SCENARIO_CYCLE);
				return;
			}
		}
	}

	private static String names(Set<Scenario> scenarios) {
		return String.join(" -> ", scenarios.stream().map(Scenario::getName).toList());
	}
}
