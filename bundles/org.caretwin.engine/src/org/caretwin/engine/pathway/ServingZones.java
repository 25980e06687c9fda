package org.caretwin.engine.pathway;

import java.util.function.IntPredicate;

/**
 * Which zone's units of one kind of resource serve the patients of each home zone: their own zone's when it has
 * units, else those of the nearest zone that has some (the first of equally near ones). The simulation and static
 * sizing both ask this, so that they send patients to the same place.
 */
public final class ServingZones {

	private final String resource;
	private final Territory territory;
	private final int[] serving;

	/** @param hasUnits whether a zone has units of the resource */
	public ServingZones(String resource, Territory territory, IntPredicate hasUnits) {
		this.resource = resource;
		this.territory = territory;
		serving = new int[territory.zoneCount()];
		for (int home = 0; home < serving.length; home++) {
			serving[home] = hasUnits.test(home) ? home : nearest(home, hasUnits);
		}
	}

	private int nearest(int home, IntPredicate hasUnits) {
		int nearest = -1;
		double best = Double.POSITIVE_INFINITY;
		for (int zone = 0; zone < serving.length; zone++) {
			if (hasUnits.test(zone) && territory.travelHours(home, zone) < best) {
				best = territory.travelHours(home, zone);
				nearest = zone;
			}
		}
		return nearest;
	}

	/** The zone serving patients from {@code home}; refuses a home zone from which no unit can be reached. */
	public int zoneServing(int home) {
		if (serving[home] < 0) {
			throw new IllegalStateException("no " + resource + " can be reached from zone " + territory.zone(home)
					+ ": give it a count or a density, or a travel time to a zone that has one");
		}
		return serving[home];
	}
}
