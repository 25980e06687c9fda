package org.caretwin.engine.pathway;

/**
 * A kind of resource (a profession, a kind of bed or room, an app) with its calendar and tariffs, and its
 * {@link Resource} in each zone that has some.
 */
public final class ResourceType {

	private final String name;
	private final int index;
	private final String actor;
	private final WeeklyCalendar calendar;
	private final double costPerHour;
	private final double costPerAct;
	/** False when both tariffs are zero: its acts then add nothing to any cost. */
	final boolean hasTariff;
	private final Resource[] byZone;
	/** Cost of this type's acts in the observation window (summed per act, read once per run). */
	double observedCost;

	ResourceType(String name, int index, String actor, WeeklyCalendar calendar, double costPerHour, double costPerAct,
			int zones) {
		this.name = name;
		this.index = index;
		this.actor = actor;
		this.calendar = calendar;
		this.costPerHour = costPerHour;
		this.costPerAct = costPerAct;
		this.hasTariff = costPerHour != 0 || costPerAct != 0;
		this.byZone = new Resource[zones];
	}

	public String name() {
		return name;
	}

	int index() {
		return index;
	}

	/** Who is paid for this resource's work (clinic, hospital, GP, physiotherapist, payer …). */
	public String actor() {
		return actor;
	}

	public WeeklyCalendar calendar() {
		return calendar;
	}

	public double costPerHour() {
		return costPerHour;
	}

	public double costPerAct() {
		return costPerAct;
	}

	/** The resource of this type in {@code zone}, or null if the zone has none. */
	public Resource inZone(int zone) {
		return byZone[zone];
	}

	void place(Resource resource) {
		byZone[resource.zone()] = resource;
	}

	/** The resources of this type, one per zone that has some. */
	public java.util.List<Resource> placed() {
		return java.util.Arrays.stream(byZone).filter(java.util.Objects::nonNull).toList();
	}

	Resource[] resources() {
		return byZone;
	}
}
