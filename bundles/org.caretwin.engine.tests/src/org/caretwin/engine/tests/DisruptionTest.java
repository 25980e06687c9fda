package org.caretwin.engine.tests;

import static org.caretwin.engine.TimeUnits.WEEK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Disruption;
import org.caretwin.engine.pathway.Kpis;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.RenewalCohort;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.random.Distribution;
import org.caretwin.engine.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * A disruption window from week 10 to week 14: twice the arrivals (a Poisson rate, so twice the patients a week
 * inside the window and the written rate outside), half the nurses (available hours and busy units follow).
 */
class DisruptionTest {

	private static final int WEEKS = 20;

	private static final class Ward extends CareModel {
		private final Disruption disruption;
		final int[] arrivalsPerWeek = new int[WEEKS];
		int mostBusyInWindow;
		ResourceType nurse;

		Ward(Disruption disruption) {
			this.disruption = disruption;
		}

		@Override
		public List<String> randomSourceNames() {
			return List.of("arrivals:Patients", "placement:Patients");
		}

		@Override
		protected void build() {
			nurse = resourceType("Nurse", "Ward", null, 0, 0);
			place(nurse, 0, 10);
			Step care = new Step(this, "Care", nurse) {
				@Override
				protected double duration(Patient patient) {
					int week = (int) (now() / WEEK);
					arrivalsPerWeek[Math.min(week, WEEKS - 1)]++;
					return 1;
				}

				@Override
				protected Step next(Patient patient) {
					return null;
				}
			};
			new RenewalCohort(this, "Patients", new Distribution.Exponential(0.25), null, new double[] { 1 }, care);
			if (disruption != null) {
				disrupt(disruption);
			}
		}
	}

	private static final Disruption WINDOW = new Disruption(10 * WEEK, 14 * WEEK,
			List.of(new Disruption.ArrivalRate(null, 2), new Disruption.Capacity("Nurse", 0.5)));

	@Test
	void twiceTheArrivalsInsideTheWindowAndTheWrittenRateOutside() {
		double inside = 0;
		double outside = 0;
		int replications = 20;
		for (int r = 0; r < replications; r++) {
			Ward ward = new Ward(new Disruption(10 * WEEK, 14 * WEEK, List.of(new Disruption.ArrivalRate(null, 2))));
			ward.run(new RandomStreams(5, ward.randomSourceNames()), r, 0, WEEKS * WEEK);
			for (int week = 0; week < WEEKS; week++) {
				if (week >= 10 && week < 14) {
					inside += ward.arrivalsPerWeek[week] / (4.0 * replications);
				} else {
					outside += ward.arrivalsPerWeek[week] / (16.0 * replications);
				}
			}
		}
		// 4 an hour: 672 a week outside, 1,344 inside; sd of a mean of 80 (320) Poisson weeks: 4.1 (1.4).
		System.out.printf("disruption: %.1f patients a week inside the window (theory 1344), %.1f outside (672)%n", inside, outside);
		assertEquals(1344, inside, 15);
		assertEquals(672, outside, 6);
	}

	@Test
	void halfTheNursesInsideTheWindow() {
		Ward ward = new Ward(WINDOW);
		Kpis kpis = ward.run(new RandomStreams(5, ward.randomSourceNames()), 0, 0, WEEKS * WEEK);
		// Available: 10 nurses for 16 weeks and 5 for 4 weeks.
		double available = (10 * 16 + 5 * 4) * WEEK;
		assertEquals(kpis.get("busyHours(Nurse)") * (WEEKS * WEEK / (365 * 24.0)) / available, kpis.get("utilisation(Nurse)"),
				1e-9, "utilisation over the hours the nurses could give");
		// 8 an hour for 1 h on 5 nurses inside the window: overloaded, so the queue grows there and drains after.
		assertTrue(kpis.get("maxQueue(Care)") > 100, "the window's backlog " + kpis.get("maxQueue(Care)"));
		Ward undisrupted = new Ward(null);
		Kpis plain = undisrupted.run(new RandomStreams(5, undisrupted.randomSourceNames()), 0, 0, WEEKS * WEEK);
		assertTrue(plain.get("maxQueue(Care)") < 30, "no backlog without the window " + plain.get("maxQueue(Care)"));
	}
}
