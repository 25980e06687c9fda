package org.caretwin.engine.tests;

import java.util.List;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Decision;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.PatientSource;
import org.caretwin.engine.pathway.RenewalCohort;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.random.Distribution;


/**
 * Poisson arrivals that a first step, a {@link Decision}, sends to one of two single-server exponential stations with
 * probability {@code p} and {@code 1 - p}, as a pathway starting with a branch is generated. Without the decision
 * every patient goes to station B (for counting the events a decision costs).
 */
class RoutingModel extends CareModel {

	private final double lambda;
	private final double p;
	private final double muA;
	private final double muB;
	private final boolean decides;

	RoutingModel(double lambda, double p, double muA, double muB, boolean decides) {
		this.lambda = lambda;
		this.p = p;
		this.muA = muA;
		this.muB = muB;
		this.decides = decides;
	}

	@Override
	public List<String> randomSourceNames() {
		return List.of("arrivals:Patients", "placement:Patients", "duration:A", "duration:B", "branch:Triage");
	}

	@Override
	protected void build() {
		Step a = station("A", muA);
		Step b = station("B", muB);
		PatientSource route = patientRandom("branch:Triage");
		Step triage = new Decision(this, "Triage") {
			{
				countsRoutes("A", "B");
			}

			@Override
			protected Step next(Patient patient) {
				return choose(route, patient, new double[] { p, 1 - p }, a, b);
			}
		};
		new RenewalCohort(this, "Patients", new Distribution.Exponential(1 / lambda), null, new double[] { 1 },
				decides ? triage : b);
	}

	private Step station(String name, double mu) {
		ResourceType server = resourceType(name + "Server", "Clinic", null, 0, 0);
		place(server, 0, 1);
		PatientSource durations = patientRandom("duration:" + name);
		Distribution service = new Distribution.Exponential(1 / mu);
		return new Step(this, name, server) {
			@Override
			protected double duration(Patient patient) {
				return durations.sample(patient, service);
			}

			@Override
			protected Step next(Patient patient) {
				return null;
			}
		};
	}
}
