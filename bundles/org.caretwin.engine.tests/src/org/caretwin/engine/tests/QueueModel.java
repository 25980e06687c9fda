package org.caretwin.engine.tests;

import java.util.List;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.RenewalCohort;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.PatientSource;
import org.caretwin.engine.pathway.ResourceType;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.random.Distribution;


/**
 * A single station with {@code servers} servers, written the way the generator writes models: one customer stream,
 * one step, optionally a loss system.
 */
class QueueModel extends CareModel {

	private final double meanGap;
	private final Distribution service;
	private final int servers;
	private final boolean loss;
	private final Distribution patience;

	QueueModel(double meanGap, Distribution service, int servers, boolean loss) {
		this(meanGap, service, servers, loss, null);
	}

	/** A queue whose customers wait at most a time drawn from {@code patience}, then leave (lost). */
	static QueueModel impatient(double meanGap, Distribution service, int servers, Distribution patience) {
		return new QueueModel(meanGap, service, servers, false, patience);
	}

	private QueueModel(double meanGap, Distribution service, int servers, boolean loss, Distribution patience) {
		this.meanGap = meanGap;
		this.service = service;
		this.servers = servers;
		this.loss = loss;
		this.patience = patience;
	}

	@Override
	public List<String> randomSourceNames() {
		return List.of("arrivals:Customers", "placement:Customers", "duration:Service", "patience:Service");
	}

	@Override
	protected void build() {
		ResourceType clerk = resourceType("Clerk", "Office", null, 0, 0);
		place(clerk, 0, servers);
		PatientSource durations = patientRandom("duration:Service");
		PatientSource patiences = patientRandom("patience:Service");
		Step serviceStep = new Step(this, "Service", clerk) {
			{
				if (loss) {
					loseWhenUnavailable("all servers busy");
				}
				if (patience != null) {
					loseAfterWaiting("waited too long");
				}
			}

			@Override
			protected double patience(Patient patient) {
				return patiences.sample(patient, patience);
			}

			@Override
			protected double duration(Patient patient) {
				return durations.sample(patient, service);
			}

			@Override
			protected Step next(Patient patient) {
				return null;
			}
		};
		new RenewalCohort(this, "Customers", new Distribution.Exponential(meanGap), null, new double[] { 1 }, serviceStep);
	}
}
