package org.caretwin.engine.tests;

import static org.caretwin.engine.TimeUnits.DAY;
import static org.caretwin.engine.TimeUnits.HOUR;
import static org.caretwin.engine.TimeUnits.MONTH;
import static org.caretwin.engine.TimeUnits.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Kpis;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.PathwayListener;
import org.caretwin.engine.pathway.RenewalCohort;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.ScheduledCohort;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.pathway.WeeklyCalendar;
import org.caretwin.engine.random.Distribution;
import org.caretwin.engine.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** Opening hours, holidays, work in progress at closing time, and seasonal arrivals. */
class CalendarAndSeasonTest {

	private static final WeeklyCalendar WEEKDAYS = weekdays();

	private static WeeklyCalendar weekdays() {
		WeeklyCalendar.Builder builder = WeeklyCalendar.builder();
		for (int day = 0; day < 5; day++) {
			builder.open(day, 8, 18);
		}
		return builder.holiday(2).build(); // Wednesday of the first week
	}

	@Test
	void openingHoursAndHolidays() {
		assertEquals(50, WEEKDAYS.hoursPerWeek());
		assertEquals(40, WEEKDAYS.openHours(0, 7 * DAY), "the holiday removes ten hours");
		assertEquals(50, WEEKDAYS.openHours(7 * DAY, 14 * DAY));
		assertEquals(true, WEEKDAYS.isOpen(8 * HOUR));
		assertEquals(false, WEEKDAYS.isOpen(2 * DAY + 9 * HOUR), "closed on the holiday");
		assertEquals(3 * DAY + 8 * HOUR, WEEKDAYS.nextOpening(DAY + 19 * HOUR), "Tuesday evening -> Thursday 8:00");
		assertEquals(7 * DAY + 8 * HOUR, WEEKDAYS.nextOpening(4 * DAY + 18 * HOUR), "Friday 18:00 -> Monday 8:00");
		assertEquals((52 * 5 - 1) * 10, WEEKDAYS.openHours(0, 364 * DAY), 1e-9, "52 weeks of 5 days of 10 h, less one holiday");
	}

	/** One doctor open on weekdays 8-18; patients booked Monday 17:30 (2 h visit) and Monday 19:00 (1 h). */
	private static final class LateVisits extends CareModel {
		final List<String> log = new ArrayList<>();

		@Override
		public List<String> randomSourceNames() {
			return List.of("placement:Booked");
		}

		@Override
		protected void build() {
			ResourceType doctor = resourceType("Doctor", "Clinic", WEEKDAYS, 0, 0);
			place(doctor, 0, 1);
			Step visit = new Step(this, "Visit", doctor) {
				@Override
				protected double duration(Patient patient) {
					return patient.profile() == 0 ? 2 : 1;
				}

				@Override
				protected Step next(Patient patient) {
					return null;
				}
			};
			new ScheduledCohort(this, "Booked", List.of(new ScheduledCohort.Slot(0, 17.5, new int[] { 1, 0 }, 0),
					new ScheduledCohort.Slot(0, 19, new int[] { 0, 1 }, 0)), new double[] { 0.5, 0.5 }, visit);
			setListener(new PathwayListener() {
				@Override
				public void sessionCompleted(Patient patient, Step step, org.caretwin.engine.pathway.Resource[] resources,
						boolean remote, double start, double end) {
					log.add(patient.profile() + ": " + start + "-" + end);
				}
			});
		}
	}

	@Test
	void workInProgressFinishesAfterClosingAndNobodyStartsWhileClosed() {
		LateVisits model = new LateVisits();
		Kpis kpis = model.run(new RandomStreams(1, model.randomSourceNames()), 0, 0, 2 * DAY);
		// The 17:30 visit runs to 19:30 (1.5 h of overtime); the 19:00 patient waits for Tuesday 8:00.
		assertEquals(List.of("0: 17.5-19.5", "1: 32.0-33.0"), model.log);
		assertEquals(1.5 * YEAR / (2 * DAY), kpis.get("overtime(Doctor)"), 1e-9);
		assertEquals((0 + 13) / 2.0 / 24, kpis.get("wait(Visit)"), 1e-9);
	}

	@Test
	void seasonalArrivalsFollowTheMonthlyProfile() {
		double[] factors = { 2, 1, 1, 1, 1, 0.5, 0.5, 1, 1, 1, 1, 1 };
		int[] perMonth = new int[12];
		CareModel model = new CareModel() {
			@Override
			public List<String> randomSourceNames() {
				return List.of("arrivals:Flu", "placement:Flu", "seasonality:Flu");
			}

			@Override
			protected void build() {
				ResourceType nurse = resourceType("Nurse", "Hospital", null, 0, 0);
				place(nurse, 0, Integer.MAX_VALUE);
				Step visit = new Step(this, "Visit", nurse) {
					@Override
					protected double duration(Patient patient) {
						perMonth[(int) (now() / MONTH) % 12]++;
						return 0.1;
					}

					@Override
					protected Step next(Patient patient) {
						return null;
					}
				};
				new RenewalCohort(this, "Flu", new Distribution.Exponential(HOUR / 2), factors, new double[] { 1 }, visit);
			}
		};
		model.run(new RandomStreams(4, model.randomSourceNames()), 0, 0, 10 * YEAR);
		double meanPerMonth = java.util.Arrays.stream(perMonth).average().orElseThrow();
		assertEquals(2.0, perMonth[0] / meanPerMonth, 0.05, "January is twice the average");
		assertEquals(0.5, perMonth[5] / meanPerMonth, 0.03, "June is half");
		assertEquals(2 * 24 * 365 * 10, java.util.Arrays.stream(perMonth).sum(), 0.01 * 2 * 24 * 365 * 10,
				"the yearly total is the mean rate's");
	}
}
