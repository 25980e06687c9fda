package org.caretwin.lang.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.PoissonArrivals;
import org.caretwin.lang.care.RenewalArrivals;
import org.caretwin.lang.care.ScheduledArrivals;
import org.caretwin.lang.care.SeriesArrivals;
import org.caretwin.lang.care.ZonalArrivals;
import org.caretwin.lang.care.Zone;
import org.caretwin.lang.care.ZoneRate;
import org.caretwin.lang.generator.Units;
import org.caretwin.lang.load.ArrivalSeries;
import org.caretwin.lang.model.ResolvedModel.Arrivals;
import org.caretwin.lang.model.ResolvedModel.Attribute;
import org.caretwin.lang.model.ResolvedModel.Profile;

/** Cohorts as records: arrivals (rates per hour), profiles (shares as fractions) and attributes. */
final class CohortResolver {

	private final List<Zone> zones;

	/** @param zones the zones of the model's territory, in order (none without territory) */
	CohortResolver(List<Zone> zones) {
		this.zones = zones;
	}

	ResolvedModel.Cohort cohort(Cohort cohort) {
		return new ResolvedModel.Cohort(cohort.getName(), arrivals(cohort),
				cohort.getProfiles().stream()
						.map(p -> new Profile(p.getName(), p.getShare().getValue() / 100, Positions.of(p))).toList(),
				cohort.getAttributes().stream()
						.map(a -> new Attribute(a.getName(), Distributions.of(a.getValue()), Positions.of(a))).toList(),
				Positions.of(cohort));
	}

	private Arrivals arrivals(Cohort cohort) {
		return switch (cohort.getArrivals()) {
		case PoissonArrivals poisson -> new ResolvedModel.PoissonArrivals(poisson.getRate(), poisson.getUnit(),
				Units.hours(poisson.getUnit()) / poisson.getRate(),
				poisson.getTerritory() == null ? null : poisson.getTerritory().getName(), poisson.getFactors());
		case ZonalArrivals zonal -> new ResolvedModel.ZonalArrivals(zoneRates(zonal));
		case RenewalArrivals renewal -> new ResolvedModel.RenewalArrivals(Distributions.of(renewal.getGap()));
		case ScheduledArrivals scheduled -> new ResolvedModel.ScheduledArrivals(ScheduleSlots.of(cohort, scheduled));
		case SeriesArrivals series -> series(series);
		default -> throw new IllegalStateException("unknown arrivals " + cohort.getArrivals());
		};
	}

	/** Arrivals per hour of each zone, in zone order, 0 for a zone not listed. */
	private List<Double> zoneRates(ZonalArrivals zonal) {
		List<Double> rates = new ArrayList<>(Collections.nCopies(Math.max(1, zones.size()), 0.0));
		for (ZoneRate rate : zonal.getRates()) {
			rates.set(zones.indexOf(rate.getZone()), rate.getRate() / Units.hours(zonal.getUnit()));
		}
		return rates;
	}

	/** The series read now, so that the record needs no file; a series that cannot be read is refused. */
	private static Arrivals series(SeriesArrivals series) {
		ArrivalSeries.Result read = ArrivalSeries.read(series, series.getFile());
		if (!read.ok()) {
			throw new IllegalStateException(read.problem());
		}
		return new ResolvedModel.SeriesArrivals(series.getFile(), read.first().toString(),
				Arrays.stream(read.counts()).boxed().toList());
	}
}
