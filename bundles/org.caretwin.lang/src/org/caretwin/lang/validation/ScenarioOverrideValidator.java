package org.caretwin.lang.validation;

import java.util.List;

import org.caretwin.lang.care.ArrivalsOverride;
import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.PoissonArrivals;
import org.caretwin.lang.care.ScheduledArrivals;
import org.caretwin.lang.care.SeriesArrivals;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.care.StepTimeOverride;
import org.caretwin.lang.care.WindowArrivals;
import org.caretwin.lang.care.WindowCount;
import org.caretwin.lang.care.ZonalArrivals;
import org.caretwin.lang.care.Zone;
import org.caretwin.lang.interpret.Factors;
import org.caretwin.lang.interpret.ModelIndex;
import org.caretwin.lang.interpret.ZoneFactors;
import org.eclipse.xtext.validation.Check;

/**
 * A scenario's changes of arrival rates ({@code arrivals +20%}), of a step's times ({@code Surgery takes +10%}) and
 * of counts and rates for a window of weeks ({@code from week 10 to week 14: Nurse count -30%}):
 * each must change something that exists, and leave something to simulate.
 */
public class ScenarioOverrideValidator extends ComposedCareValidator {

	public static final String NOT_A_RATE = "notARate";
	public static final String NO_TIME = "noTime";
	public static final String NOTHING_LEFT = "nothingLeft";
	public static final String EMPTY_WINDOW = "emptyWindow";

	@Check
	public void arrivalsChangeARate(ArrivalsOverride override) {
		if (!(Factors.of(override.getChange()) > 0)) {
			error("A change of -100% or more would leave no arrivals", override, CarePackage.Literals.ARRIVALS_OVERRIDE__CHANGE,
					NOTHING_LEFT);
			return;
		}
		if (override.getZone() != null) {
			zoneHasRates(override);
			return;
		}
		if (override.getCohort() != null) {
			if (!override.getCohort().eIsProxy()) {
				refuseFixedArrivals(override, override.getCohort());
			}
			return;
		}
		ModelIndex.of(override.eResource()).cohorts.forEach(cohort -> refuseFixedArrivals(override, cohort));
	}

	/**
	 * {@code arrivals in Roanne +20%} scales a rate written for that zone: only arrivals per zone have one (a rate
	 * placed by population is one rate for the whole territory).
	 */
	private void zoneHasRates(ArrivalsOverride override) {
		Zone zone = override.getZone();
		Cohort named = override.getCohort();
		if (zone.eIsProxy() || named != null && named.eIsProxy()) {
			return;
		}
		if (named != null && !(named.getArrivals() instanceof ZonalArrivals)) {
			error("The arrivals of " + named.getName() + " are not written per zone ('arrivals per year { " + zone.getName()
					+ " 600 ... }'): no rate of " + zone.getName() + " to change", override,
					CarePackage.Literals.ARRIVALS_OVERRIDE__ZONE, NOT_A_RATE);
			return;
		}
		List<Cohort> cohorts = named != null ? List.of(named) : ModelIndex.of(override.eResource()).cohorts;
		if (cohorts.stream().noneMatch(cohort -> ZoneFactors.hasRate(cohort, zone))) {
			error((named != null ? named.getName() + " has" : "No cohort has") + " arrivals written for " + zone.getName()
					+ " ('arrivals per year { " + zone.getName() + " 600 ... }'): no rate to change", override,
					CarePackage.Literals.ARRIVALS_OVERRIDE__ZONE, NOT_A_RATE);
		}
	}

	/** A schedule or a series says how many patients come, not how often: a percentage of it would be a guess. */
	private void refuseFixedArrivals(ArrivalsOverride override, Cohort cohort) {
		String kind = cohort.getArrivals() instanceof ScheduledArrivals ? "scheduled"
				: cohort.getArrivals() instanceof SeriesArrivals ? "read from a file" : null;
		if (kind != null) {
			error("The arrivals of " + cohort.getName() + " are " + kind + ", not a rate: change their counts in the cohort"
					+ (override.getCohort() == null ? ", or name the cohorts to change ('arrivals of ...')" : ""), override,
					override.getCohort() == null ? CarePackage.Literals.ARRIVALS_OVERRIDE__CHANGE
							: CarePackage.Literals.ARRIVALS_OVERRIDE__COHORT,
					NOT_A_RATE);
		}
	}

	@Check
	public void stepTimesExist(StepTimeOverride override) {
		Step step = override.getStep();
		if (step == null || step.eIsProxy()) {
			return;
		}
		if (!(Factors.of(override.getChange()) > 0)) {
			error("A change of -100% or more would leave no time: write a shorter time in the step instead", override,
					CarePackage.Literals.STEP_TIME_OVERRIDE__CHANGE, NOTHING_LEFT);
		} else if (step.isDecides()) {
			error("The decision " + step.getName() + " takes no time to change", override,
					CarePackage.Literals.STEP_TIME_OVERRIDE__STEP, NO_TIME);
		} else if (override.isDelay() && step.getDelay() == null && step.getDelays() == null) {
			error(step.getName() + " has no planned delay ('after ...') to change", override,
					CarePackage.Literals.STEP_TIME_OVERRIDE__STEP, NO_TIME);
		}
	}

	@Check
	public void disruptionsChangeWhatCanChange(org.caretwin.lang.care.Disruption disruption) {
		if (disruption.getTo() <= disruption.getFrom()) {
			error("A window must end after it starts: 'from week " + disruption.getFrom() + " to week "
					+ (disruption.getFrom() + 1) + "' is one week", disruption, CarePackage.Literals.DISRUPTION__TO, EMPTY_WINDOW);
		}
		for (org.caretwin.lang.care.WindowChange change : disruption.getChanges()) {
			switch (change) {
			case WindowCount count when count.getResource() != null && !count.getResource().eIsProxy() -> {
				if (!(count.getResource().getSupply() instanceof org.caretwin.lang.care.Count)
						&& !(count.getResource().getSupply() instanceof org.caretwin.lang.care.Density)) {
					error(count.getResource().getName() + " is unlimited: it has no count to change", count,
							CarePackage.Literals.WINDOW_COUNT__RESOURCE, NOT_A_RATE);
				} else if (!(Factors.of(count.getChange()) >= 0)) {
					error("A count cannot fall by more than 100%", count, CarePackage.Literals.WINDOW_CHANGE__CHANGE, NOTHING_LEFT);
				}
			}
			case WindowArrivals arrivals -> windowArrivals(arrivals);
			default -> {
			}
			}
		}
	}

	/** Only a rate can change for a while: the patients of a schedule or a series are counted, not drawn. */
	private void windowArrivals(WindowArrivals arrivals) {
		if (!(Factors.of(arrivals.getChange()) > 0)) {
			error("A change of -100% or more would leave no arrivals", arrivals, CarePackage.Literals.WINDOW_CHANGE__CHANGE,
					NOTHING_LEFT);
			return;
		}
		List<Cohort> cohorts = arrivals.getCohort() != null ? List.of(arrivals.getCohort())
				: ModelIndex.of(arrivals.eResource()).cohorts;
		for (Cohort cohort : cohorts) {
			if (!cohort.eIsProxy() && !(cohort.getArrivals() instanceof PoissonArrivals
					|| cohort.getArrivals() instanceof org.caretwin.lang.care.RenewalArrivals)) {
				error("The arrivals of " + cohort.getName() + " cannot change for a window: only arrivals at a rate ('per year',"
						+ " 'every ...') can", arrivals, arrivals.getCohort() != null ? CarePackage.Literals.WINDOW_ARRIVALS__COHORT
								: CarePackage.Literals.WINDOW_CHANGE__CHANGE, NOT_A_RATE);
			}
		}
	}
}
