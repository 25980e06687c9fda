package org.caretwin.lang.sizing;

import java.util.List;

import org.caretwin.engine.TimeUnits;
import org.caretwin.engine.pathway.ArrivalRate;
import org.caretwin.engine.random.Cumulative;
import org.caretwin.engine.random.Distribution;
import org.caretwin.lang.model.ResolvedModel.Cohort;
import org.caretwin.lang.model.ResolvedModel.PoissonArrivals;
import org.caretwin.lang.model.ResolvedModel.Profile;
import org.caretwin.lang.model.ResolvedModel.RenewalArrivals;
import org.caretwin.lang.model.ResolvedModel.ScheduledArrivals;
import org.caretwin.lang.model.ResolvedModel.SeriesArrivals;
import org.caretwin.lang.model.ResolvedModel.Session;
import org.caretwin.lang.model.ResolvedModel.Slot;
import org.caretwin.lang.model.ResolvedModel.Territory;
import org.caretwin.lang.model.ResolvedModel.ZonalArrivals;
import org.caretwin.lang.model.ResolvedModel.Zone;

/**
 * How many patients of a cohort arrive in a year, of which profile and from which zone, as the engine's cohorts
 * draw them: profiles from the cohort's mix (a schedule's own case mix for scheduled arrivals), zones in proportion
 * to population (or to each zone's own rate for zonal arrivals).
 */
record CohortArrivals(double perYear, double[] profileShares, double[] zoneShares) {

	static CohortArrivals of(Cohort cohort, Territory territory) {
		double[] mix = mix(cohort);
		double[] profiles = cohort.arrivals() instanceof ScheduledArrivals scheduled ? scheduledMix(scheduled.slots(), mix)
				: fromCumulative(Cumulative.ofShares(mix));
		double[] zones = cohort.arrivals() instanceof ZonalArrivals zonal ? byZonalRate(zonal)
				: fromCumulative(Cumulative.ofWeights(territory.zones().stream().mapToDouble(Zone::population).toArray()));
		return new CohortArrivals(ratePerHour(cohort) * TimeUnits.YEAR, profiles, zones);
	}

	private static double ratePerHour(Cohort cohort) {
		return switch (cohort.arrivals()) {
		// the engine's exponential refuses a rate of zero (an infinite mean gap), here as there
		case PoissonArrivals poisson -> ArrivalRate.meanPerHour(new Distribution.Exponential(poisson.meanGapHours()).mean(),
				poisson.monthlyFactors().isEmpty() ? null : doubles(poisson.monthlyFactors()));
		case RenewalArrivals renewal -> ArrivalRate.meanPerHour(renewal.gap().mean(), null);
		case ZonalArrivals zonal -> java.util.Arrays.stream(doubles(zonal.ratePerHour())).sum();
		case ScheduledArrivals scheduled -> scheduled.slots().stream().mapToDouble(Slot::meanPatients).sum() / TimeUnits.WEEK;
		case SeriesArrivals series -> series.dailyCounts().stream().mapToInt(Integer::intValue).sum()
				/ (series.dailyCounts().size() * TimeUnits.DAY);
		};
	}

	/** The written profile shares, or one profile of share 1. */
	private static double[] mix(Cohort cohort) {
		return cohort.profiles().isEmpty() ? new double[] { 1 } : cohort.profiles().stream().mapToDouble(Profile::share).toArray();
	}

	private static double[] fromCumulative(double[] cumulative) {
		double[] shares = new double[cumulative.length];
		double previous = 0;
		for (int i = 0; i < shares.length; i++) {
			shares[i] = cumulative[i] - previous;
			previous = cumulative[i];
		}
		return shares;
	}

	private static double[] byZonalRate(ZonalArrivals zonal) {
		double[] rates = doubles(zonal.ratePerHour());
		double total = java.util.Arrays.stream(rates).sum();
		return java.util.Arrays.stream(rates).map(r -> total > 0 ? r / total : 0).toArray();
	}

	/** The case mix over a week: the booked counts plus the drawn patients at the cohort's mix, weighted by rooms and shares. */
	private static double[] scheduledMix(List<Slot> slots, double[] probabilities) {
		int profiles = Math.max(probabilities.length,
				slots.stream().flatMap(s -> s.sessions().stream()).mapToInt(s -> s.counts().size()).max().orElse(1));
		double[] totals = new double[profiles];
		double all = 0;
		for (Slot slot : slots) {
			for (Session session : slot.sessions()) {
				double weight = slot.rooms() * session.share();
				for (int p = 0; p < session.counts().size(); p++) {
					totals[p] += weight * session.counts().get(p);
				}
				for (int p = 0; p < probabilities.length; p++) {
					totals[p] += weight * session.drawn() * probabilities[p];
				}
				all += weight * session.patients();
			}
		}
		for (int p = 0; p < profiles; p++) {
			totals[p] = all == 0 ? 1.0 / profiles : totals[p] / all;
		}
		return totals;
	}

	private static double[] doubles(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
