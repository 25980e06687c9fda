package org.caretwin.engine.tests;

import static org.caretwin.engine.TimeUnits.WEEK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.ScheduledCohort;
import org.caretwin.engine.pathway.ScheduledCohort.Session;
import org.caretwin.engine.pathway.ScheduledCohort.Slot;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.random.RandomStreams;
import org.caretwin.engine.random.SourceNames;
import org.junit.jupiter.api.Test;

/**
 * Theatre sessions with alternative lists: four rooms every weekday morning, each running a primary list (2 hips,
 * 1 knee) or a revision list (1 revision) with equal chance, drawn every week or once per replication.
 */
class ScheduledSessionsTest {

	private static final int WEEKS = 2_000;
	private static final List<Session> LISTS = List.of(new Session(0.5, new int[] { 2, 1, 0 }, 0),
			new Session(0.5, new int[] { 0, 0, 1 }, 0));

	/** Counts the patients of each profile in each week. */
	private static final class Theatre extends CareModel {
		private final boolean drawnOnce;
		final int[][] perWeek = new int[WEEKS][3];
		ScheduledCohort cohort;

		Theatre(boolean drawnOnce) {
			this.drawnOnce = drawnOnce;
		}

		@Override
		public List<String> randomSourceNames() {
			return List.of(SourceNames.placement("Elective"), SourceNames.sessions("Elective"));
		}

		@Override
		protected void build() {
			ResourceType room = resourceType("Room", "Clinic", null, 0, 0);
			place(room, 0, Integer.MAX_VALUE);
			Step surgery = new Step(this, "Surgery", room) {
				@Override
				protected double duration(Patient patient) {
					int week = (int) (now() / WEEK);
					if (week < WEEKS) {
						perWeek[week][patient.profile()]++;
					}
					return 1;
				}

				@Override
				protected Step next(Patient patient) {
					return null;
				}
			};
			List<Slot> mornings = new java.util.ArrayList<>();
			for (int day = 0; day < 5; day++) {
				mornings.add(new Slot(day, 8, 4, LISTS, drawnOnce));
			}
			cohort = new ScheduledCohort(this, "Elective", mornings, new double[] { 0.4, 0.4, 0.2 }, surgery);
		}
	}

	private static Theatre run(boolean drawnOnce, long seed) {
		Theatre model = new Theatre(drawnOnce);
		model.run(new RandomStreams(seed, model.randomSourceNames()), 0, 0, WEEKS * WEEK);
		return model;
	}

	@Test
	void listsDrawnEachWeekGiveTheMeanCaseMix() {
		Theatre model = run(false, 3);
		double[] mean = new double[3];
		for (int[] week : model.perWeek) {
			for (int p = 0; p < 3; p++) {
				mean[p] += week[p] / (double) WEEKS;
			}
		}
		// 20 room-mornings a week, half primary (2 hips, 1 knee), half revision: 20, 10 and 10 a week.
		// A week's hips are 2 x Binomial(20, 1/2): sd 2 x sqrt(5) = 4.47, so the mean of 2,000 weeks is within 0.1 d.
		assertEquals(20, mean[0], 0.4);
		assertEquals(10, mean[1], 0.2);
		assertEquals(10, mean[2], 0.2);
		assertTrue(java.util.Arrays.stream(model.perWeek).mapToInt(w -> w[2]).distinct().count() > 5,
				"the lists change from week to week");
		assertEquals(40 / WEEK, model.cohort.meanRatePerHour(), 1e-12, "the rate a run is sized by");
	}

	@Test
	void listsDrawnOnceKeepTheWeeklyTimetable() {
		Theatre model = run(true, 3);
		for (int[] week : model.perWeek) {
			assertEquals(List.of(model.perWeek[0][0], model.perWeek[0][1], model.perWeek[0][2]),
					List.of(week[0], week[1], week[2]), "every week is the first week's timetable");
		}
		// Over many replications the timetable's revisions are Binomial(20, 1/2): mean 10.
		double revisions = 0;
		int replications = 400;
		for (long seed = 1; seed <= replications; seed++) {
			Theatre once = new Theatre(true);
			once.run(new RandomStreams(seed, once.randomSourceNames()), 0, 0, WEEK);
			revisions += once.perWeek[0][2] / (double) replications;
		}
		assertEquals(10, revisions, 0.5, "sd of the mean: sqrt(5 / 400) = 0.11");
	}
}
