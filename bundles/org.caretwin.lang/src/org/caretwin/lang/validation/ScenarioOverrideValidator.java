package org.caretwin.lang.validation;

import org.caretwin.lang.care.ArrivalsOverride;
import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.ScheduledArrivals;
import org.caretwin.lang.care.SeriesArrivals;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.care.StepTimeOverride;
import org.caretwin.lang.interpret.Factors;
import org.caretwin.lang.interpret.ModelIndex;
import org.eclipse.xtext.validation.Check;

/**
 * A scenario's changes of arrival rates ({@code arrivals +20%}) and of a step's times ({@code Surgery takes +10%}):
 * each must change something that exists, and leave something to simulate.
 */
public class ScenarioOverrideValidator extends ComposedCareValidator {

	public static final String NOT_A_RATE = "notARate";
	public static final String NO_TIME = "noTime";
	public static final String NOTHING_LEFT = "nothingLeft";

	@Check
	public void arrivalsChangeARate(ArrivalsOverride override) {
		if (!(Factors.of(override.getChange()) > 0)) {
			error("A change of -100% or more would leave no arrivals", override, CarePackage.Literals.ARRIVALS_OVERRIDE__CHANGE,
					NOTHING_LEFT);
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
}
