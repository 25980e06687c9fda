package org.caretwin.lang.interpret;

import org.caretwin.lang.care.ArrivalsOverride;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.ZonalArrivals;
import org.caretwin.lang.care.Zone;

/**
 * Which cohorts a change of one zone's arrivals ({@code arrivals [of Cohort] in Roanne +20%}) concerns: those with
 * a rate written for that zone ({@code arrivals per year { Roanne 600 ... }}), for the generator, the resolved
 * model and the validator alike.
 */
public final class ZoneFactors {

	private ZoneFactors() {
	}

	/** Whether the cohort's arrivals have a rate of their own for {@code zone}. */
	public static boolean hasRate(Cohort cohort, Zone zone) {
		return cohort.getArrivals() instanceof ZonalArrivals zonal && zonal.getRates().stream().anyMatch(r -> r.getZone() == zone);
	}

	/** Whether {@code override} changes one zone's rate of {@code cohort}. */
	public static boolean concerns(ArrivalsOverride override, Cohort cohort) {
		return override.getZone() != null && (override.getCohort() == null || override.getCohort() == cohort)
				&& hasRate(cohort, override.getZone());
	}
}
