package org.caretwin.lang.interpret;

import org.caretwin.lang.care.Cost;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.generator.Units;

/** A resource's costs as two tariffs: per hour of work (days and months spread over their hours) and per act. */
public record Tariffs(double perHour, double perAct) {

	public static Tariffs of(Resource resource) {
		double perHour = 0;
		double perAct = 0;
		for (Cost cost : resource.getCosts()) {
			switch (cost.getPer()) {
			case HOUR -> perHour += cost.getAmount();
			case DAY -> perHour += cost.getAmount() / 24;
			case MONTH -> perHour += cost.getAmount() / Units.hours("month");
			case ACT -> perAct += cost.getAmount();
			}
		}
		return new Tariffs(perHour, perAct);
	}

	/** Who is paid for the resource's work: the actor written, else the resource itself. */
	public static String actorOf(Resource resource) {
		return resource.getActor() != null ? resource.getActor() : resource.getName();
	}
}
