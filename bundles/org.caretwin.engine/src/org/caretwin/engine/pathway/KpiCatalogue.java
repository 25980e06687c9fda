package org.caretwin.engine.pathway;

import java.util.List;
import java.util.Optional;

/**
 * The documented indicator families. A KPI name is a family followed by its argument in parentheses:
 * {@code wait(Consultation)}, {@code utilisation(Physiotherapist@Roanne)}, {@code time(Referral,Surgery)}.
 */
public final class KpiCatalogue {

	/** What the argument of a family names. */
	public enum Argument {
		NONE, STEP, RESOURCE, STEP_PAIR, ACTOR_OR_PER_PATIENT, PER_PATIENT, PATHWAY, REASON
	}

	public record Family(String name, Argument argument, String unit, String description) {
	}

	public static final List<Family> FAMILIES = List.of(
			new Family("wait", Argument.STEP, "days", "mean time a patient waits for the resources of a step (planned delays excluded)"),
			new Family("maxWait", Argument.STEP, "days", "longest wait observed before a step"),
			new Family("throughput", Argument.STEP, "patients/year", "patients completing the step per year"),
			new Family("dailyThroughput", Argument.STEP, "patients/day", "patients completing the step per day"),
			new Family("queue", Argument.STEP, "patients", "mean number of patients waiting for the step"),
			new Family("maxQueue", Argument.STEP, "patients", "largest number of patients waiting for the step"),
			new Family("inStep", Argument.STEP, "patients", "mean number of patients in the step (delay, queue or service)"),
			new Family("time", Argument.STEP_PAIR, "days", "mean time from the start of one step to the start of another, e.g. time(Referral,Surgery)"),
			new Family("duration", Argument.PATHWAY, "days", "mean total pathway duration, arrival to end: duration(pathway)"),
			new Family("inSystem", Argument.NONE, "patients", "mean number of patients in the pathway"),
			new Family("arrivals", Argument.NONE, "patients/year", "patients entering the pathway per year"),
			new Family("completed", Argument.NONE, "patients/year", "patients completing the pathway per year"),
			new Family("lost", Argument.REASON, "share", "share of arriving patients lost (no resource available); lost(reason) for one reason"),
			new Family("redirected", Argument.NONE, "share", "share of arriving patients redirected to another step"),
			new Family("travel", Argument.PER_PATIENT, "hours", "mean travel time per patient (round trips outside the home zone): travel(per patient)"),
			new Family("cost", Argument.ACTOR_OR_PER_PATIENT, "EUR", "cost(per patient) in EUR, or cost(Actor) in EUR/year for an actor type"),
			new Family("collaboration", Argument.NONE, "share", "share of acts delivered by a resource outside the patient's zone"),
			new Family("actors", Argument.PER_PATIENT, "actors", "mean number of distinct kinds of professional or equipment per patient: actors(per patient)"),
			new Family("personalisation", Argument.NONE, "share", "share of sessions eligible for a remote mode held in the mode the patient's profile prefers (remote if 'preferred by' it, on site otherwise)"),
			new Family("utilisation", Argument.RESOURCE, "share", "busy hours / available hours (capacity × open hours), by type or Type@Zone"),
			new Family("busyHours", Argument.RESOURCE, "hours/year", "hours of service delivered per year"),
			new Family("flexibility", Argument.RESOURCE, "hours/year", "residual flexibility: available hours not used, per year"),
			new Family("overtime", Argument.RESOURCE, "hours/year", "work finished after closing time, per year"),
			new Family("peak", Argument.RESOURCE, "units", "largest number of units busy at once"),
			new Family("resourceQueue", Argument.RESOURCE, "patients", "mean number of patients waiting for the resource"));

	private KpiCatalogue() {
	}

	/** The family of a KPI name such as {@code wait(Surgery)}. */
	public static Optional<Family> familyOf(String kpiName) {
		int open = kpiName.indexOf('(');
		String family = open < 0 ? kpiName : kpiName.substring(0, open);
		return FAMILIES.stream().filter(f -> f.name().equals(family)).findFirst();
	}

	public static String unitOf(String kpiName) {
		return familyOf(kpiName).map(Family::unit).orElse("");
	}
}
