package org.caretwin.engine.tests;

import static org.caretwin.engine.TimeUnits.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Kpis;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.RenewalCohort;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.random.Distribution;
import org.caretwin.engine.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * census(Bed at hh:mm) by hand: a patient arrives every 6 hours (at 00:00, 06:00, 12:00, 18:00) and stays 10 hours,
 * so at a clock time t the beds hold the patients who came in (t - 10 h, t]: two at 03:00 (18:00 and 00:00), one at
 * 05:00 (00:00 only), every day.
 */
class CensusTest {

	private static final class Ward extends CareModel {
		@Override
		public List<String> randomSourceNames() {
			return List.of("arrivals:Patients", "placement:Patients");
		}

		@Override
		protected void build() {
			ResourceType bed = resourceType("Bed", "Ward", null, 0, 0);
			place(bed, 0, 100);
			Step stay = new Step(this, "Stay", bed) {
				@Override
				protected double duration(Patient patient) {
					return 10;
				}

				@Override
				protected Step next(Patient patient) {
					return null;
				}
			};
			trackCensus(bed, 3, "census(Bed at 03:00)");
			trackCensus(bed, 5, "census(Bed at 05:00)");
			new RenewalCohort(this, "Patients", new Distribution.Constant(6), null, new double[] { 1 }, stay);
		}
	}

	@Test
	void theCensusCountsTheUnitsInUseAtThatClockTimeEveryDay() {
		Kpis kpis = new Ward().run(new RandomStreams(1, new Ward().randomSourceNames()), 0, 2 * DAY, 30 * DAY);
		assertEquals(2, kpis.get("census(Bed at 03:00)"), 0);
		assertEquals(1, kpis.get("census(Bed at 05:00)"), 0);
		assertEquals(10.0 / 6, kpis.get("busyHours(Bed)") / (365 * 24), 1e-3, "on average 10/6 beds in use");
	}
}
