package org.caretwin.engine.tests;

import static org.caretwin.engine.TimeUnits.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Kpis;
import org.caretwin.engine.pathway.PathwayListener;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.PatientSource;
import org.caretwin.engine.pathway.RenewalCohort;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.random.Distribution;
import org.caretwin.engine.random.RandomStreams;
import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.engine.stat.QueueingTheory;
import org.junit.jupiter.api.Test;

/**
 * A bed seized at admission and released at discharge, while surgery and recovery happen in between: its units are
 * busy for the whole holding time (utilisation, blocking, costs), and a rehab bed needed before the acute bed is
 * freed blocks the acute bed.
 */
class HeldResourcesTest {

	/** Admission (seizes Bed) 1 h, Surgery 3 h, Recovery lognormal 4 days, Discharge (releases Bed) 2 h. */
	private static final class Ward extends CareModel {
		private final int beds;
		private final double meanGap;

		Ward(int beds, double meanGap) {
			this.beds = beds;
			this.meanGap = meanGap;
		}

		@Override
		public List<String> randomSourceNames() {
			return List.of("arrivals:Elective", "placement:Elective", "Surgery:duration", "Recovery:duration");
		}

		@Override
		protected void build() {
			ResourceType bed = resourceType("Bed", "Hospital", null, 10, 0);
			ResourceType theatre = resourceType("Theatre", "Hospital", null, 0, 0);
			ResourceType nurse = resourceType("Nurse", "Hospital", null, 0, 0);
			place(bed, 0, beds);
			place(theatre, 0, Integer.MAX_VALUE);
			place(nurse, 0, Integer.MAX_VALUE);
			PatientSource surgeries = patientRandom("Surgery:duration");
			PatientSource recoveries = patientRandom("Recovery:duration");
			Step discharge = new Step(this, "Discharge", nurse) {
				{
					releasesAtEnd(bed);
				}

				@Override
				protected double duration(Patient patient) {
					return 2;
				}

				@Override
				protected Step next(Patient patient) {
					return null;
				}
			};
			Step recovery = new Step(this, "Recovery") {
				@Override
				protected double duration(Patient patient) {
					return recoveries.sample(patient, new Distribution.Lognormal(4 * DAY, 2 * DAY));
				}

				@Override
				protected Step next(Patient patient) {
					return discharge;
				}
			};
			Step surgery = new Step(this, "Surgery", theatre) {
				@Override
				protected double duration(Patient patient) {
					return surgeries.sample(patient, new Distribution.Exponential(3));
				}

				@Override
				protected Step next(Patient patient) {
					return recovery;
				}
			};
			Step admission = new Step(this, "Admission", bed) {
				{
					keepsAfterwards(bed);
					loseWhenUnavailable("no bed");
				}

				@Override
				protected double duration(Patient patient) {
					return 1;
				}

				@Override
				protected Step next(Patient patient) {
					return surgery;
				}
			};
			new RenewalCohort(this, "Elective", new Distribution.Exponential(meanGap), null, new double[] { 1 }, admission);
		}
	}

	@Test
	void aBedHeldFromAdmissionToDischargeIsLostAsErlangBSays() {
		// Holding time 1 + 3 + 96 + 2 = 102 h; offered load 16 beds on 20: Erlang B is insensitive to the law.
		int beds = 20;
		double load = 16;
		double hold = 102;
		Kpis[] runs = Replications.run(() -> new Ward(beds, hold / load), 8, 20, 30 * DAY, 3 * 365 * DAY);
		double blocking = QueueingTheory.erlangB(beds, load);
		ConfidenceInterval lost = Replications.interval(runs, "lost");
		ConfidenceInterval utilisation = Replications.interval(runs, "utilisation(Bed)");
		ConfidenceInterval cost = Replications.interval(runs, "cost(per patient)");
		System.out.printf("held bed: lost %.4f %s (Erlang B %.4f), utilisation %.4f %s (theory %.4f), cost %.1f %s%n",
				lost.mean(), lost, blocking, utilisation.mean(), utilisation, load * (1 - blocking) / beds, cost.mean(), cost);
		assertTrue(lost.contains(blocking), "Erlang B " + blocking + " outside " + lost);
		assertTrue(utilisation.contains(load * (1 - blocking) / beds), "utilisation outside " + utilisation);
		// 10 EUR/h for the whole hold: 1,020 EUR for a patient admitted (lost ones pay nothing and are not averaged).
		assertTrue(cost.low() > 1000 && cost.high() < 1040, "1,020 EUR outside " + cost);
		// Little's law in every replication: beds busy = admissions an hour x mean holding time (102 h).
		for (Kpis run : runs) {
			double admittedPerHour = run.get("arrivals") / 8760 * (1 - run.get("lost"));
			assertEquals(admittedPerHour * hold, run.get("utilisation(Bed)") * beds, 0.02 * beds * run.get("utilisation(Bed)"),
					"Little's law");
		}
	}

	@Test
	void aRehabBedNeededBeforeTheAcuteBedIsFreedBlocksIt() {
		List<String> log = new ArrayList<>();
		CareModel model = new CareModel() {
			@Override
			public List<String> randomSourceNames() {
				return List.of("arrivals:Elective", "placement:Elective");
			}

			@Override
			protected void build() {
				ResourceType bed = resourceType("Bed", "Hospital", null, 0, 0);
				ResourceType rehab = resourceType("RehabBed", "Rehab", null, 0, 0);
				place(bed, 0, 1);
				place(rehab, 0, 1);
				Step rehabilitation = new Step(this, "Rehabilitation") {
					{
						releasesAtEnd(rehab);
					}

					@Override
					protected double duration(Patient patient) {
						return 10;
					}

					@Override
					protected Step next(Patient patient) {
						return null;
					}
				};
				Step transfer = new Step(this, "Transfer", rehab) {
					{
						keepsAfterwards(rehab);
						releasesAtEnd(bed);
					}

					@Override
					protected double duration(Patient patient) {
						return 1;
					}

					@Override
					protected Step next(Patient patient) {
						return rehabilitation;
					}
				};
				Step admission = new Step(this, "Admission", bed) {
					{
						keepsAfterwards(bed);
					}

					@Override
					protected double duration(Patient patient) {
						return 1;
					}

					@Override
					protected Step next(Patient patient) {
						return transfer;
					}
				};
				new RenewalCohort(this, "Elective", new Distribution.Constant(0.5), null, new double[] { 1 }, admission);
				setListener(new PathwayListener() {
					@Override
					public void sessionCompleted(Patient patient, Step step, org.caretwin.engine.pathway.Resource[] resources,
							boolean remote, double start, double end) {
						log.add(patient.id() + " " + step.name() + " " + start + "-" + end);
					}
				});
			}
		};
		Kpis kpis = model.run(new RandomStreams(1, model.randomSourceNames()), 0, 0, 25);
		// Patient 0: bed 0.5-2.5 (admission, transfer), rehab bed 1.5-12.5. Patient 1 arrives at 1 and gets the bed at
		// 2.5, but its transfer waits for the rehab bed until 12.5: it blocks the acute bed 2.5-13.5.
		assertEquals(List.of("0 Admission 0.5-1.5", "0 Transfer 1.5-2.5", "1 Admission 2.5-3.5", "0 Rehabilitation 2.5-12.5",
				"1 Transfer 12.5-13.5", "2 Admission 13.5-14.5", "1 Rehabilitation 13.5-23.5"), log.subList(0, 7));
		assertEquals(24.5 / 25, kpis.get("utilisation(Bed)"), 1e-9, "held without a break from 0.5, blocking included");
		assertEquals(23.5 / 25, kpis.get("utilisation(RehabBed)"), 1e-9, "held without a break from 1.5");
	}
}
