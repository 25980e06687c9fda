package org.caretwin.lang.sizing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.engine.pathway.ServingZones;
import org.caretwin.engine.pathway.Territory;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModel.Count;
import org.caretwin.lang.model.ResolvedModel.Density;
import org.caretwin.lang.model.ResolvedModel.Resource;
import org.caretwin.lang.model.ResolvedModel.Travel;

/**
 * Where the units of each resource are and whom they serve, as the engine places them: a count at its site's zone,
 * a density rounded to whole units in every zone, unlimited units in every zone; patients use their own zone's
 * units, else the nearest zone's ({@link ServingZones}).
 */
final class Placement {

	/** The units of one resource in one zone. */
	record Placed(String resource, int zone) {
	}

	/** Units for an unlimited resource, as the engine counts them. */
	static final int UNLIMITED = Integer.MAX_VALUE;

	private final Territory territory;
	private final Map<Placed, Integer> units = new LinkedHashMap<>();
	private final Map<String, ServingZones> serving = new LinkedHashMap<>();

	Placement(ResolvedModel model) {
		territory = territory(model.territory());
		for (Resource resource : model.resources()) {
			place(resource);
			serving.put(resource.name(), new ServingZones(resource.name(), territory,
					zone -> units.getOrDefault(new Placed(resource.name(), zone), 0) > 0));
		}
	}

	/** The engine's territory, travel times completed by shortest paths. */
	private static Territory territory(ResolvedModel.Territory written) {
		List<String> zones = written.zones().stream().map(ResolvedModel.Zone::name).toList();
		Territory territory = new Territory(written.name(), zones,
				written.zones().stream().mapToDouble(ResolvedModel.Zone::population).toArray());
		for (Travel travel : written.travels()) {
			territory.travel(zones.indexOf(travel.from()), zones.indexOf(travel.to()), travel.hours());
		}
		territory.closeTravelTimes();
		return territory;
	}

	private void place(Resource resource) {
		switch (resource.supply()) {
		case Count count -> units.put(new Placed(resource.name(),
				resource.zone() == null ? 0 : territory.zoneIndex(resource.zone())), count.units());
		case Density density -> {
			for (int zone = 0; zone < territory.zoneCount(); zone++) {
				units.put(new Placed(resource.name(), zone),
						territory.unitsByDensity(zone, density.units(), density.perInhabitants(), resource.share()));
			}
		}
		case ResolvedModel.Unlimited unlimited -> {
			for (int zone = 0; zone < territory.zoneCount(); zone++) {
				units.put(new Placed(resource.name(), zone), UNLIMITED);
			}
		}
		}
	}

	/** Every placed resource, in the model's resource order, then zone order. */
	List<Placed> placed() {
		return new ArrayList<>(units.keySet());
	}

	int units(Placed placed) {
		return units.get(placed);
	}

	/** The units of {@code resource} that serve patients from {@code home}; refuses when none can be reached. */
	Placed serving(String resource, int home) {
		return new Placed(resource, serving.get(resource).zoneServing(home));
	}

	int zoneCount() {
		return territory.zoneCount();
	}

	String zoneName(int zone) {
		return territory.zone(zone);
	}
}
