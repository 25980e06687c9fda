package org.caretwin.engine.tests;

import static org.caretwin.engine.TimeUnits.DAY;
import static org.caretwin.engine.TimeUnits.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * {@code lost} and {@code redirected} are shares of arriving patients, {@code lostCount} and {@code redirectedCount}
 * are per year; checked on a deterministic model where every count is known.
 */
class LostAndRedirectedShareTest {

	private static final double HORIZON = 10.5;

	/**
	 * One arrival an hour; steps A and B have one server each, held longer than the horizon. The first patient takes
	 * A, the second is redirected from A to B, every later one is redirected twice (A to B, B out of the pathway) and
	 * is lost.
	 */
	static class DoubleRedirection extends CareModel {

		@Override
		public List<String> randomSourceNames() {
			return List.of("arrivals:Patients", "placement:Patients");
		}

		@Override
		protected void build() {
			Step b = station("B", null);
			Step a = station("A", b);
			new RenewalCohort(this, "Patients", new Distribution.Constant(1), null, new double[] { 1 }, a);
		}

		private Step station(String name, Step redirectTo) {
			ResourceType server = resourceType(name + "Server", "Clinic", null, 0, 0);
			place(server, 0, 1);
			return new Step(this, name, server) {
				{
					redirectWhenUnavailable();
				}

				@Override
				protected double duration(Patient patient) {
					return 1000;
				}

				@Override
				protected Step next(Patient patient) {
					return null;
				}

				@Override
				protected Step redirectTo() {
					return redirectTo;
				}
			};
		}
	}

	@Test
	void aPatientRedirectedTwiceCountsOnceInTheShare() {
		DoubleRedirection model = new DoubleRedirection();
		Kpis kpis = model.run(new RandomStreams(1, model.randomSourceNames()), 0, 0, HORIZON);
		double years = HORIZON / YEAR;
		long n = Math.round(kpis.get("arrivals") * years);
		assertTrue(n >= 10, "arrivals: " + n);
		assertEquals((n - 1.0) / n, kpis.get("redirected"), 1e-12, "all but the first patient are redirected");
		assertTrue(kpis.get("redirected") <= 1);
		assertEquals((n - 2.0) / n, kpis.get("lost"), 1e-12, "all but the first two are lost");
		// Counts per year: one redirection for the second patient, two for each later one.
		assertEquals((2 * n - 3) / years, kpis.get("redirectedCount"), 1e-6);
		assertEquals((n - 2) / years, kpis.get("lostCount"), 1e-6);
		double days = HORIZON / DAY;
		assertEquals(n / days, kpis.get("admittedPerDay"), 1e-9);
		assertEquals((n - 2) / days, kpis.get("lostPerDay"), 1e-9);
		assertEquals((2 * n - 3) / days, kpis.get("redirectedPerDay"), 1e-9);
	}

	/**
	 * One arrival an hour; A has one server held longer than the horizon, and patients wait there at most 2.5 h, then
	 * go to B, which has room for all. The first patient takes A; every later one arriving 2.5 h or more before the
	 * horizon is redirected, the others are still waiting at the end.
	 */
	static class ImpatientRedirection extends CareModel {

		@Override
		public List<String> randomSourceNames() {
			return List.of("arrivals:Patients", "placement:Patients");
		}

		@Override
		protected void build() {
			ResourceType room = resourceType("Room", "Clinic", null, 0, 0);
			place(room, 0, 100);
			Step b = new Step(this, "B", room) {
				@Override
				protected double duration(Patient patient) {
					return 0.5;
				}

				@Override
				protected Step next(Patient patient) {
					return null;
				}
			};
			ResourceType server = resourceType("AServer", "Clinic", null, 0, 0);
			place(server, 0, 1);
			Step a = new Step(this, "A", server) {
				{
					redirectAfterWaiting();
				}

				@Override
				protected double patience(Patient patient) {
					return 2.5;
				}

				@Override
				protected double duration(Patient patient) {
					return 1000;
				}

				@Override
				protected Step next(Patient patient) {
					return null;
				}

				@Override
				protected Step redirectTo() {
					return b;
				}
			};
			new RenewalCohort(this, "Patients", new Distribution.Constant(1), null, new double[] { 1 }, a);
		}
	}

	@Test
	void patientsWhosePatienceRunsOutAreRedirected() {
		ImpatientRedirection model = new ImpatientRedirection();
		Kpis kpis = model.run(new RandomStreams(1, model.randomSourceNames()), 0, 0, HORIZON);
		long n = Math.round(kpis.get("arrivals") * HORIZON / YEAR);
		assertTrue(n >= 10, "arrivals: " + n);
		// Arrivals at each hour up to 10: those after the first and at or before 8 (= 10.5 - 2.5) have left A.
		assertEquals((n - 3.0) / n, kpis.get("redirected"), 1e-12);
		assertEquals(0, kpis.get("lost"));
		assertEquals(0, kpis.get("wait(A)"), "only the first patient started A, at once");
		assertEquals(0, kpis.get("wait(B)"));
	}
}
