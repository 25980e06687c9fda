package org.caretwin.lang.documentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.caretwin.engine.TimeUnits;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.ScheduledArrivals;
import org.caretwin.lang.model.ResolvedModel.Session;
import org.caretwin.lang.model.ResolvedModel.Slot;
import org.caretwin.lang.model.ScheduleSlots;

/**
 * What a cohort's hover adds for a schedule, whose volume the text only gives slot by slot: the mean patients a week
 * and a year over rooms and alternative lists, by profile, and whether lists are redrawn every week.
 */
final class CohortFacts {

	private CohortFacts() {
	}

	static List<String> of(Cohort cohort) {
		if (!(cohort.getArrivals() instanceof ScheduledArrivals scheduled)) {
			return List.of();
		}
		List<Slot> slots;
		try {
			slots = ScheduleSlots.of(cohort, scheduled);
		} catch (RuntimeException unresolved) {
			return List.of(); // a profile that does not resolve: the linker says so at the name
		}
		double perWeek = slots.stream().mapToDouble(Slot::meanPatients).sum();
		List<String> facts = new ArrayList<>();
		facts.add(String.format(Locale.ROOT, "Scheduled: %s patients a week on average, %s a year%s.", figure(perWeek),
				figure(perWeek * TimeUnits.YEAR / TimeUnits.WEEK), byProfile(cohort, slots)));
		if (slots.stream().anyMatch(s -> s.sessions().size() > 1)) {
			facts.add(slots.stream().anyMatch(Slot::drawnOnce)
					? "Lists drawn among alternatives: every week, or once per replication where it says 'drawn once'."
					: "Lists drawn among alternatives afresh every week, for each room.");
		}
		return facts;
	}

	/** ": Hip 20.7, Knee 10.7 a week" for the patients booked by profile; the patients whose profile is drawn apart. */
	private static String byProfile(Cohort cohort, List<Slot> slots) {
		if (cohort.getProfiles().size() < 2) {
			return "";
		}
		double[] booked = new double[cohort.getProfiles().size()];
		double drawn = 0;
		for (Slot slot : slots) {
			for (Session session : slot.sessions()) {
				double weight = slot.rooms() * session.share();
				for (int p = 0; p < booked.length; p++) {
					booked[p] += weight * session.counts().get(p);
				}
				drawn += weight * session.drawn();
			}
		}
		List<String> parts = new ArrayList<>();
		for (int p = 0; p < booked.length; p++) {
			if (booked[p] > 0) {
				parts.add(cohort.getProfiles().get(p).getName() + " " + figure(booked[p]));
			}
		}
		if (drawn > 0) {
			parts.add(figure(drawn) + " of a drawn profile");
		}
		return " (a week: " + String.join(", ", parts) + ")";
	}

	private static String figure(double value) {
		return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3g", value);
	}
}
