package org.caretwin.engine.tests;

import static org.caretwin.engine.TimeUnits.DAY;

import java.util.List;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.RenewalCohort;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.PatientSource;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.random.Distribution;


/** Open tandem network: surgeon (2 servers, rate 0.6/day) then anaesthesia (1 server, rate 1.25/day), 1 arrival/day. */
class TandemModel extends CareModel {

	@Override
	public List<String> randomSourceNames() {
		return List.of("arrivals:Patients", "placement:Patients", "duration:Surgeon", "duration:Anaesthesia");
	}

	@Override
	protected void build() {
		ResourceType surgeon = resourceType("Surgeon", "Clinic", null, 0, 0);
		ResourceType anaesthetist = resourceType("Anaesthetist", "Clinic", null, 0, 0);
		place(surgeon, 0, 2);
		place(anaesthetist, 0, 1);
		PatientSource surgeonTimes = patientRandom("duration:Surgeon");
		PatientSource anaesthesiaTimes = patientRandom("duration:Anaesthesia");
		Step anaesthesia = new Step(this, "Anaesthesia", anaesthetist) {
			@Override
			protected double duration(Patient patient) {
				return anaesthesiaTimes.sample(patient, new Distribution.Exponential(DAY / 1.25));
			}

			@Override
			protected Step next(Patient patient) {
				return null;
			}
		};
		Step surgery = new Step(this, "Surgery", surgeon) {
			@Override
			protected double duration(Patient patient) {
				return surgeonTimes.sample(patient, new Distribution.Exponential(DAY / 0.6));
			}

			@Override
			protected Step next(Patient patient) {
				return anaesthesia;
			}
		};
		new RenewalCohort(this, "Patients", new Distribution.Exponential(DAY), null, new double[] { 1 }, surgery);
	}
}
