package org.caretwin.engine.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.RenewalCohort;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.PatientSource;
import org.caretwin.engine.pathway.PathwayListener;
import org.caretwin.engine.pathway.Resource;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.random.Distribution;

import org.caretwin.engine.random.RandomStreams;
import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.engine.stat.Tally;
import org.junit.jupiter.api.Test;

/** A priority queue against Cobham's formulas for the non-preemptive M/M/1 with two classes. */
class PriorityQueueTest {

	/** Half the patients (profile 0) are urgent; one server, exponential service of mean 1 h, 0.8 arrivals an hour. */
	static final class TwoClassQueue extends CareModel {
		@Override
		public List<String> randomSourceNames() {
			return List.of("arrivals:Patients", "placement:Patients", "duration:Visit");
		}

		@Override
		protected void build() {
			ResourceType doctor = resourceType("Doctor", "Clinic", null, 0, 0);
			place(doctor, 0, 1);
			PatientSource durations = patientRandom("duration:Visit");
			Distribution visit = new Distribution.Exponential(1);
			Step step = new Step(this, "Visit", doctor) {
				@Override
				protected double priority(Patient patient) {
					return patient.profile() == 0 ? 1 : 0;
				}

				@Override
				protected double duration(Patient patient) {
					return durations.sample(patient, visit);
				}

				@Override
				protected Step next(Patient patient) {
					return null;
				}
			};
			new RenewalCohort(this, "Patients", new Distribution.Exponential(1 / 0.8), null, new double[] { 0.5, 0.5 }, step);
		}
	}

	@Test
	void urgentPatientsWaitAsCobhamPredicts() {
		int replications = 20;
		double[] urgent = new double[replications];
		double[] routine = new double[replications];
		RandomStreams streams = new RandomStreams(5, new TwoClassQueue().randomSourceNames());
		for (int r = 0; r < replications; r++) {
			Tally[] waits = { new Tally(), new Tally() };
			TwoClassQueue model = new TwoClassQueue();
			model.setListener(new PathwayListener() {
				@Override
				public void sessionStarted(Patient patient, Step step, Resource[] resources, double waitedHours) {
					if (model.now() >= 1000) {
						waits[patient.profile()].add(waitedHours);
					}
				}
			});
			model.run(streams, r, 1000, 200_000);
			urgent[r] = waits[0].mean();
			routine[r] = waits[1].mean();
		}
		// W0 = sum(lambda_i E[S^2]) / 2 = 0.8; Wq1 = W0 / (1 - rho1); Wq2 = W0 / ((1 - rho1)(1 - rho)).
		double w0 = 0.8 * 2 / 2;
		double expectedUrgent = w0 / (1 - 0.4);
		double expectedRoutine = w0 / ((1 - 0.4) * (1 - 0.8));
		ConfidenceInterval u = ConfidenceInterval.of(urgent, 0.95);
		ConfidenceInterval v = ConfidenceInterval.of(routine, 0.95);
		System.out.printf("priority: urgent %.4f %s, routine %.4f %s%n", expectedUrgent, u, expectedRoutine, v);
		assertTrue(u.contains(expectedUrgent), "urgent " + expectedUrgent + " outside " + u);
		assertTrue(v.contains(expectedRoutine), "routine " + expectedRoutine + " outside " + v);
	}
}
