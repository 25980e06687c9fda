package org.caretwin.experiment.tests;

import java.util.List;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.RenewalCohort;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.PatientSource;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.random.Distribution;

import org.caretwin.experiment.ModelFactory;

/** A consultation desk with 5 doctors and 4.5 patients an hour; the second scenario shortens visits from 60 to 57 min. */
class ClinicModel extends CareModel {

	static final ModelFactory FACTORY = new ModelFactory() {
		@Override
		public CareModel create(String scenario) {
			return new ClinicModel(scenario.equals("Baseline") ? 1.0 : 0.95);
		}

		@Override
		public List<String> scenarios() {
			return List.of("Baseline", "ShorterVisits");
		}
	};

	private final double meanVisitHours;

	ClinicModel(double meanVisitHours) {
		this.meanVisitHours = meanVisitHours;
	}

	@Override
	public List<String> randomSourceNames() {
		return List.of("arrivals:Patients", "placement:Patients", "duration:Visit");
	}

	@Override
	protected void build() {
		ResourceType doctor = resourceType("Doctor", "Clinic", null, 50, 0);
		place(doctor, 0, 5);
		PatientSource visits = patientRandom("duration:Visit");
		Distribution visit = new Distribution.Exponential(meanVisitHours);
		Step step = new Step(this, "Visit", doctor) {
			@Override
			protected double duration(Patient patient) {
				return visits.sample(patient, visit);
			}

			@Override
			protected Step next(Patient patient) {
				return null;
			}
		};
		new RenewalCohort(this, "Patients", new Distribution.Exponential(1 / 4.5), null, new double[] { 1 }, step);
	}
}
