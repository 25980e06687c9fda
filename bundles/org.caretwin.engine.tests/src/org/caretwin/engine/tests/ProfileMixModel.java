package org.caretwin.engine.tests;

import java.util.List;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.PatientSource;
import org.caretwin.engine.pathway.RenewalCohort;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.random.Distribution;


/**
 * An M/G/infinity station whose duration depends on the patient's profile, as a step written
 * {@code takes Hip: ..., Knee: ...} is generated: one source, a law per profile.
 */
class ProfileMixModel extends CareModel {

	private final double lambda;
	private final double[] shares;
	private final Distribution[] byProfile;

	ProfileMixModel(double lambda, double[] shares, Distribution... byProfile) {
		this.lambda = lambda;
		this.shares = shares.clone();
		this.byProfile = byProfile.clone();
	}

	@Override
	public List<String> randomSourceNames() {
		return List.of("arrivals:Patients", "placement:Patients", "duration:Stay");
	}

	@Override
	protected void build() {
		ResourceType bed = resourceType("Bed", "Ward", null, 0, 0);
		place(bed, 0, Integer.MAX_VALUE);
		PatientSource durations = patientRandom("duration:Stay");
		Step stay = new Step(this, "Stay", bed) {
			@Override
			protected double duration(Patient patient) {
				return durations.sample(patient, byProfile[patient.profile()]);
			}

			@Override
			protected Step next(Patient patient) {
				return null;
			}
		};
		new RenewalCohort(this, "Patients", new Distribution.Exponential(1 / lambda), null, shares, stay);
	}
}
