package org.caretwin.lang.model;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.lang.care.ArrivalSlot;
import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.ScheduledArrivals;
import org.caretwin.lang.care.SessionAlternative;
import org.caretwin.lang.care.SessionList;
import org.caretwin.lang.interpret.Weekdays;
import org.caretwin.lang.load.ScheduleTable;
import org.caretwin.lang.model.ResolvedModel.Session;
import org.caretwin.lang.model.ResolvedModel.Slot;

/**
 * The weekly slots of a schedule, one per weekday written, for the resolved model and the generator alike: a slot
 * read twice would be two ways of counting the same patients.
 */
public final class ScheduleSlots {

	private ScheduleSlots() {
	}

	public static List<Slot> of(Cohort cohort, ScheduledArrivals scheduled) {
		if (scheduled.getFile() != null) {
			return fromTable(cohort, scheduled);
		}
		List<Slot> slots = new ArrayList<>();
		for (ArrivalSlot slot : scheduled.getSlots()) {
			List<Session> sessions = slot.getList() != null ? List.of(session(cohort, 1, slot.getList()))
					: slot.getAlternatives().stream().map(a -> alternative(cohort, a)).toList();
			double hour = slot.getTime().getHour() + slot.getTime().getMinute() / 60.0;
			int rooms = Math.max(1, slot.getRooms());
			for (int day : Weekdays.of(slot, slot.getFrom(), slot.getTo(), CarePackage.Literals.ARRIVAL_SLOT__TO)) {
				slots.add(new Slot(day, hour, rooms, sessions, slot.isDrawnOnce()));
			}
		}
		return slots;
	}

	/** The slots of the schedule's CSV file, read now; a file that cannot be read is refused (the validator says why). */
	private static List<Slot> fromTable(Cohort cohort, ScheduledArrivals scheduled) {
		ScheduleTable.Result read = ScheduleTable.read(scheduled, scheduled.getFile(),
				cohort.getProfiles().stream().map(org.caretwin.lang.care.Profile::getName).toList());
		if (!read.ok()) {
			throw new IllegalStateException(read.problem());
		}
		return read.rows().stream().map(row -> new Slot(row.weekday(), row.minute() / 60.0, 1,
				List.of(new Session(1, java.util.Arrays.stream(row.counts()).boxed().toList(), row.drawn())), false)).toList();
	}

	private static Session alternative(Cohort cohort, SessionAlternative alternative) {
		return session(cohort, alternative.getShare().getValue() / 100, alternative.getList());
	}

	private static Session session(Cohort cohort, double share, SessionList list) {
		Integer[] counts = new Integer[Math.max(1, cohort.getProfiles().size())];
		java.util.Arrays.fill(counts, 0);
		list.getMix().forEach(m -> counts[cohort.getProfiles().indexOf(m.getProfile())] += m.getCount());
		return new Session(share, List.of(counts), list.getCount());
	}
}
