package org.caretwin.engine.pathway;

import org.caretwin.engine.EventTarget;
import org.caretwin.engine.Simulation;
import org.caretwin.engine.random.Distribution;
import org.caretwin.engine.random.RandomSource;
import org.caretwin.engine.random.SourceNames;

/**
 * Poisson arrivals with a rate of their own in each zone (e.g. from local activity data). Each zone has its own
 * stream for gaps and profiles and numbers its own patients: a scenario changing one zone's rate leaves the
 * arrivals and the draws of every other zone's patients as they were.
 */
public class ZonalCohort extends Cohort {

	private final double[] ratePerHour;
	private final ZoneArrivals[] zones;

	/** @param ratePerHour arrivals per hour in each zone, in zone order (0 for none) */
	public ZonalCohort(CareModel model, String name, double[] ratePerHour, double[] profileProbabilities, Step first) {
		super(model, name, profileProbabilities, first);
		this.ratePerHour = ratePerHour.clone();
		zones = new ZoneArrivals[ratePerHour.length];
		for (int z = 0; z < ratePerHour.length; z++) {
			if (ratePerHour[z] > 0) {
				zones[z] = new ZoneArrivals(z, new Distribution.Exponential(1 / ratePerHour[z]),
						model.random(SourceNames.arrivals(name, model.territory().zone(z))));
			}
		}
	}

	/** The arrival process of one zone. */
	private final class ZoneArrivals implements EventTarget {
		private final int zone;
		private final Distribution gap;
		private final RandomSource random;
		private long arrived;

		ZoneArrivals(int zone, Distribution gap, RandomSource random) {
			this.zone = zone;
			this.gap = gap;
			this.random = random;
		}

		@Override
		public void fire(Simulation simulation) {
			model().scheduleIn(random.sample(gap), this);
			arriveFrom(zone, drawProfile(random), zonePatientKey(zone, arrived++));
		}
	}

	@Override
	void start() {
		for (ZoneArrivals zone : zones) {
			if (zone != null) {
				model().scheduleIn(zone.random.sample(zone.gap), zone);
			}
		}
	}

	/** Not used: each zone has its own event target. */
	@Override
	public void fire(Simulation simulation) {
		throw new IllegalStateException("zonal arrivals fire per zone");
	}

	@Override
	public double meanRatePerHour() {
		return java.util.Arrays.stream(ratePerHour).sum();
	}
}
