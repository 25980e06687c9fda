package org.caretwin.engine.pathway;

import static org.caretwin.engine.TimeUnits.DAY;
import static org.caretwin.engine.TimeUnits.WEEK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.caretwin.engine.Simulation;
import org.caretwin.engine.random.Cumulative;
import org.caretwin.engine.random.RandomSource;
import org.caretwin.engine.random.SourceNames;

/**
 * Arrivals by appointment: every week, at given weekday and time, the lists of one or more rooms (a theatre session,
 * a clinic list). A room's list is fixed, or drawn among alternatives each time (each week) or once per replication
 * (a weekly timetable that stays as drawn); besides that, nothing is random but each patient's zone and, for patients
 * not booked by profile, their profile.
 */
public class ScheduledCohort extends Cohort {

	/** One list of patients: {@code counts[p]} of profile p plus {@code drawn} whose profile comes from the mix. */
	public record Session(double share, int[] counts, int drawn) {

		int patients() {
			return Arrays.stream(counts).sum() + drawn;
		}
	}

	/**
	 * At {@code hour} on {@code weekday} (0 = Monday), {@code rooms} rooms each take one of {@code sessions} with its
	 * share; with {@code drawnOnce} a room keeps the list drawn at its first session for the whole replication.
	 */
	public record Slot(int weekday, double hour, int rooms, List<Session> sessions, boolean drawnOnce) {

		public Slot {
			sessions = List.copyOf(sessions);
		}

		/** One room with a fixed list. */
		public Slot(int weekday, double hour, int[] counts, int drawn) {
			this(weekday, hour, 1, List.of(new Session(1, counts, drawn)), false);
		}

		/** Mean patients a week. */
		double meanPatients() {
			return rooms * sessions.stream().mapToDouble(s -> s.share() * s.patients()).sum();
		}
	}

	/**
	 * The slots of a weekly table read from a file, a slot every {@code profiles + 3} numbers: weekday (Monday 0),
	 * minute of the day, patients of each profile, patients whose profile is drawn.
	 */
	public static List<Slot> weekly(int[] table, int profiles) {
		int width = profiles + 3;
		List<Slot> slots = new ArrayList<>(table.length / width);
		for (int row = 0; row + width <= table.length; row += width) {
			slots.add(new Slot(table[row], table[row + 1] / 60.0, Arrays.copyOfRange(table, row + 2, row + 2 + profiles),
					table[row + width - 1]));
		}
		return slots;
	}

	private final List<Slot> slots;
	private final double[][] sessionCumulatives;
	/** For slots drawn once: the session of each room, -1 before its first draw. */
	private final int[][] keptSessions;
	private final RandomSource sessionDraws;
	private int next;
	private double weekStart;

	public ScheduledCohort(CareModel model, String name, List<Slot> slots, double[] profileProbabilities, Step first) {
		super(model, name, profileProbabilities, first);
		List<Slot> sorted = new ArrayList<>(slots);
		sorted.sort((a, b) -> Double.compare(a.weekday() * DAY + a.hour(), b.weekday() * DAY + b.hour()));
		this.slots = List.copyOf(sorted);
		this.sessionCumulatives = new double[sorted.size()][];
		this.keptSessions = new int[sorted.size()][];
		for (int s = 0; s < sorted.size(); s++) {
			Slot slot = sorted.get(s);
			sessionCumulatives[s] = Cumulative.ofShares(slot.sessions().stream().mapToDouble(Session::share).toArray());
			keptSessions[s] = new int[slot.rooms()];
			Arrays.fill(keptSessions[s], -1);
		}
		// Only schedules with alternatives draw, from a source of their own: fixed lists stay draw-free.
		boolean alternatives = sorted.stream().anyMatch(s -> s.sessions().size() > 1);
		this.sessionDraws = alternatives ? model.random(SourceNames.sessions(name)) : null;
	}

	private double timeOf(Slot slot) {
		return weekStart + slot.weekday() * DAY + slot.hour();
	}

	@Override
	void start() {
		if (!slots.isEmpty()) {
			model().scheduleAt(timeOf(slots.get(0)), this);
		}
	}

	@Override
	public void fire(Simulation simulation) {
		int index = next;
		Slot slot = slots.get(index);
		next++;
		if (next == slots.size()) {
			next = 0;
			weekStart += WEEK;
		}
		model().scheduleAt(timeOf(slots.get(next)), this);
		for (int room = 0; room < slot.rooms(); room++) {
			admit(slot.sessions().get(sessionOf(index, room)));
		}
	}

	/** The session a room holds now: the only one, a fresh draw, or the one kept since its first draw. */
	private int sessionOf(int slot, int room) {
		double[] cumulative = sessionCumulatives[slot];
		if (cumulative.length == 1) {
			return 0;
		}
		if (!slots.get(slot).drawnOnce()) {
			return sessionDraws.choose(cumulative);
		}
		if (keptSessions[slot][room] < 0) {
			keptSessions[slot][room] = sessionDraws.choose(cumulative);
		}
		return keptSessions[slot][room];
	}

	private void admit(Session session) {
		for (int p = 0; p < session.counts().length; p++) {
			for (int i = 0; i < session.counts()[p]; i++) {
				arrive(p);
			}
		}
		for (int i = 0; i < session.drawn(); i++) {
			arrive();
		}
	}

	@Override
	public double meanRatePerHour() {
		return slots.stream().mapToDouble(Slot::meanPatients).sum() / WEEK;
	}
}
