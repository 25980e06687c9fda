package org.caretwin.engine.pathway;

import java.util.List;
import java.util.Optional;

/**
 * The documented indicator families, the one list of them: the engine names its indicators through it, and the
 * validator, content assist and reports read it. A KPI name is a family followed by its argument in parentheses:
 * {@code wait(Consultation)}, {@code utilisation(Physiotherapist@Roanne)}, {@code time(Referral,Surgery)}.
 */
public final class KpiCatalogue {

	/** What the argument of a family names. */
	public enum Argument {
		NONE, STEP, RESOURCE, RESOURCE_AT_CLOCK, STEP_PAIR, ROUTE, ACTOR_OR_PER_PATIENT, PER_PATIENT, PATHWAY, REASON
	}

	/** Which way a decision-maker wants an indicator to move; {@code NEITHER} when it depends on the study. */
	public enum Better {
		LOWER, HIGHER, NEITHER
	}

	public record Family(String name, Argument argument, String unit, Better better, String description) {

		/** The name of this indicator for one argument: {@code wait(Surgery)}. */
		public String of(String argument) {
			return name + "(" + argument + ")";
		}
	}

	public static final Family WAIT = new Family("wait", Argument.STEP, "days", Better.LOWER,
			"mean time a patient waits for the resources of a step (planned delays excluded)");
	public static final Family MAX_WAIT = new Family("maxWait", Argument.STEP, "days", Better.LOWER,
			"longest wait observed before a step");
	public static final Family THROUGHPUT = new Family("throughput", Argument.STEP, "patients/year", Better.NEITHER,
			"patients completing the step per year");
	public static final Family DAILY_THROUGHPUT = new Family("dailyThroughput", Argument.STEP, "patients/day", Better.NEITHER,
			"patients completing the step per day");
	public static final Family QUEUE = new Family("queue", Argument.STEP, "patients", Better.LOWER,
			"mean number of patients waiting for the step");
	public static final Family MAX_QUEUE = new Family("maxQueue", Argument.STEP, "patients", Better.LOWER,
			"largest number of patients waiting for the step");
	public static final Family IN_STEP = new Family("inStep", Argument.STEP, "patients", Better.LOWER,
			"mean number of patients in the step (delay, queue or service)");
	public static final Family TIME = new Family("time", Argument.STEP_PAIR, "days", Better.LOWER,
			"mean time from the start of one step to the start of another, e.g. time(Referral,Surgery)");
	public static final Family ROUTED = new Family("routed", Argument.ROUTE, "share", Better.NEITHER,
			"share of the patients leaving a branching step who go to one of its targets, e.g. routed(Stay,InpatientRehab)");
	public static final Family DURATION = new Family("duration", Argument.PATHWAY, "days", Better.LOWER,
			"mean total pathway duration, arrival to end: duration(pathway)");
	public static final Family IN_SYSTEM = new Family("inSystem", Argument.NONE, "patients", Better.LOWER,
			"mean number of patients in the pathway");
	public static final Family ARRIVALS = new Family("arrivals", Argument.NONE, "patients/year", Better.NEITHER,
			"patients entering the pathway per year");
	public static final Family COMPLETED = new Family("completed", Argument.NONE, "patients/year", Better.HIGHER,
			"patients completing the pathway per year");
	public static final Family LOST = new Family("lost", Argument.REASON, "share", Better.LOWER,
			"share of arriving patients lost (no resource available); lost(reason) for one reason");
	public static final Family REDIRECTED = new Family("redirected", Argument.REASON, "share", Better.LOWER,
			"share of arriving patients redirected at least once (a patient redirected twice counts once); redirected(reason) for one reason");
	public static final Family LOST_COUNT = new Family("lostCount", Argument.NONE, "patients/year", Better.LOWER,
			"patients lost per year during the observation window");
	public static final Family REDIRECTED_COUNT = new Family("redirectedCount", Argument.NONE, "redirections/year",
			Better.LOWER, "redirections per year during the observation window (a patient redirected twice counts twice)");
	public static final Family ADMITTED_PER_DAY = new Family("admittedPerDay", Argument.NONE, "patients/day",
			Better.NEITHER, "patients entering the pathway per day");
	public static final Family LOST_PER_DAY = new Family("lostPerDay", Argument.NONE, "patients/day", Better.LOWER,
			"patients lost per day");
	public static final Family REDIRECTED_PER_DAY = new Family("redirectedPerDay", Argument.NONE, "redirections/day",
			Better.LOWER, "redirections per day (a patient redirected twice counts twice)");
	public static final Family TRAVEL = new Family("travel", Argument.PER_PATIENT, "hours", Better.LOWER,
			"mean travel time per patient (round trips outside the home zone): travel(per patient)");
	public static final Family COST = new Family("cost", Argument.ACTOR_OR_PER_PATIENT, "EUR", Better.LOWER,
			"cost(per patient) in EUR, or cost(Actor) in EUR/year for an actor type");
	public static final Family COLLABORATION = new Family("collaboration", Argument.NONE, "share", Better.NEITHER,
			"share of acts delivered by a resource outside the patient's zone");
	public static final Family ACTORS = new Family("actors", Argument.PER_PATIENT, "actors", Better.NEITHER,
			"mean number of distinct kinds of professional or equipment per patient: actors(per patient)");
	public static final Family PERSONALISATION = new Family("personalisation", Argument.NONE, "share", Better.HIGHER,
			"share of sessions eligible for a remote mode held in the mode the patient's profile prefers (remote if 'preferred by' it, on site otherwise)");
	public static final Family UTILISATION = new Family("utilisation", Argument.RESOURCE, "share", Better.NEITHER,
			"busy hours / available hours (capacity × open hours), by type or Type@Zone");
	public static final Family BUSY_HOURS = new Family("busyHours", Argument.RESOURCE, "hours/year", Better.NEITHER,
			"hours of service delivered per year");
	public static final Family FLEXIBILITY = new Family("flexibility", Argument.RESOURCE, "hours/year", Better.NEITHER,
			"residual flexibility: available hours not used, per year");
	public static final Family OVERTIME = new Family("overtime", Argument.RESOURCE, "hours/year", Better.LOWER,
			"work finished after closing time, per year");
	public static final Family PEAK = new Family("peak", Argument.RESOURCE, "units", Better.NEITHER,
			"largest number of units busy at once");
	public static final Family CENSUS = new Family("census", Argument.RESOURCE_AT_CLOCK, "units", Better.NEITHER,
			"units of a resource in use at a clock time, mean over the days: census(Bed at 00:00)");
	public static final Family RESOURCE_QUEUE = new Family("resourceQueue", Argument.RESOURCE, "patients", Better.LOWER,
			"mean number of patients waiting for the resource");

	public static final List<Family> FAMILIES = List.of(WAIT, MAX_WAIT, THROUGHPUT, DAILY_THROUGHPUT, QUEUE, MAX_QUEUE,
			IN_STEP, TIME, ROUTED, DURATION, IN_SYSTEM, ARRIVALS, COMPLETED, LOST, REDIRECTED, LOST_COUNT, REDIRECTED_COUNT,
			ADMITTED_PER_DAY, LOST_PER_DAY, REDIRECTED_PER_DAY, TRAVEL, COST, COLLABORATION, ACTORS,
			PERSONALISATION, UTILISATION, BUSY_HOURS, FLEXIBILITY, OVERTIME, PEAK, CENSUS, RESOURCE_QUEUE);

	private KpiCatalogue() {
	}

	/** The family of a KPI name such as {@code wait(Surgery)}. */
	public static Optional<Family> familyOf(String kpiName) {
		int open = kpiName.indexOf('(');
		String family = open < 0 ? kpiName : kpiName.substring(0, open);
		return FAMILIES.stream().filter(f -> f.name().equals(family)).findFirst();
	}

	/** Which way {@code kpiName} should move; {@code NEITHER} for names outside the catalogue. */
	public static Better betterOf(String kpiName) {
		return familyOf(kpiName).map(Family::better).orElse(Better.NEITHER);
	}

	public static String unitOf(String kpiName) {
		return familyOf(kpiName).map(Family::unit).orElse("");
	}
}
