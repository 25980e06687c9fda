package org.caretwin.engine.pathway;

import java.util.Arrays;
import java.util.List;

/** Zones with their population and the travel time (hours) between them. */
public final class Territory {

	private final String name;
	private final String[] zones;
	private final double[] population;
	private final double[][] travel;

	public Territory(String name, List<String> zones, double[] population) {
		if (zones.isEmpty() || zones.size() != population.length) {
			throw new IllegalArgumentException("a territory needs at least one zone and one population per zone");
		}
		this.name = name;
		this.zones = zones.toArray(String[]::new);
		this.population = population.clone();
		travel = new double[zones.size()][zones.size()];
		for (double[] row : travel) {
			Arrays.fill(row, Double.POSITIVE_INFINITY);
		}
		for (int i = 0; i < zones.size(); i++) {
			travel[i][i] = 0;
		}
	}

	/** A territory of one zone, for models without geography. */
	public static Territory single(String name, double population) {
		return new Territory(name, List.of(name), new double[] { population });
	}

	/** Declares a two-way travel time; unknown pairs are completed by shortest paths in {@link #closeTravelTimes()}. */
	public void travel(int a, int b, double hours) {
		travel[a][b] = hours;
		travel[b][a] = hours;
	}

	/** Completes the travel matrix with shortest paths (Floyd–Warshall). */
	public void closeTravelTimes() {
		int n = zones.length;
		for (int k = 0; k < n; k++) {
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					double viaK = travel[i][k] + travel[k][j];
					if (viaK < travel[i][j]) {
						travel[i][j] = viaK;
					}
				}
			}
		}
	}

	public String name() {
		return name;
	}

	public int zoneCount() {
		return zones.length;
	}

	public String zone(int index) {
		return zones[index];
	}

	public int zoneIndex(String zone) {
		for (int i = 0; i < zones.length; i++) {
			if (zones[i].equals(zone)) {
				return i;
			}
		}
		throw new IllegalArgumentException("unknown zone " + zone);
	}

	public double population(int zone) {
		return population[zone];
	}

	public double totalPopulation() {
		return Arrays.stream(population).sum();
	}

	/**
	 * Whole units in {@code zone} of a resource given as a density ({@code perInhabitants} units per {@code per}
	 * inhabitants), of which {@code share} of the time serves the model.
	 */
	public int unitsByDensity(int zone, double perInhabitants, double per, double share) {
		return (int) Math.round(perInhabitants / per * population[zone] * share);
	}

	public double travelHours(int from, int to) {
		return travel[from][to];
	}
}
