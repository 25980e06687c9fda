package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Cohort;
import org.caretwin.engine.pathway.PathwayListener;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.Resource;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.pathway.WeeklyCalendar;
import org.caretwin.experiment.TraceEvent.Kind;

/**
 * Replays a replication of a scenario (the same run as in the experiment, since runs are pure functions of their seed)
 * and hands on, as {@link TraceEvent}s, what happens to the patients it traces: the one source of the trace and of the
 * XES event log. The engine calls it as things happen, so the events come in time order.
 */
final class TraceRecorder implements PathwayListener {

	private static final Resource[] NO_RESOURCES = {};

	/** The detail of a redirection that ends the patient's pathway. */
	static final String OUT_OF_THE_PATHWAY = "out of the pathway";

	private final CareModel model;
	private final List<String> profiles;
	private final TraceSources sources;
	private final long patients;
	private final Consumer<TraceEvent> sink;

	private TraceRecorder(CareModel model, List<String> profiles, TraceSources sources, long patients,
			Consumer<TraceEvent> sink) {
		this.model = model;
		this.profiles = profiles;
		this.sources = sources;
		this.patients = patients;
		this.sink = sink;
	}

	/** The trace of patients 0 to {@code patients - 1} in replication 0 of the first scenario. */
	static Trace record(ModelFactory factory, ExperimentPlan plan, List<String> profiles, TraceSources sources,
			int patients) {
		String scenario = plan.scenarios().get(0);
		List<TraceEvent> events = new ArrayList<>();
		replay(factory, plan, scenario, 0, profiles, sources, patients, events::add);
		return new Trace(scenario, patients, events);
	}

	/** Runs {@code replication} of {@code scenario}, handing {@code sink} the events of patients below {@code patients}. */
	static void replay(ModelFactory factory, ExperimentPlan plan, String scenario, int replication,
			List<String> profiles, TraceSources sources, long patients, Consumer<TraceEvent> sink) {
		CareModel model = factory.create(scenario);
		model.setListener(new TraceRecorder(model, profiles, sources, patients, sink));
		model.run(ExperimentRunner.streams(factory, plan), replication, plan.warmupHours(), plan.horizonHours());
	}

	@Override
	public void patientArrived(Patient patient, Cohort cohort, double time) {
		if (patient.id() < patients) {
			keep(patient, time, Kind.ARRIVAL, "", List.of(), "", sources.cohort(cohort.name()));
		}
	}

	@Override
	public void waitingStarted(Patient patient, Step step, Resource resource, double time) {
		WeeklyCalendar calendar = resource.calendar();
		String why = calendar != null && !calendar.isOpen(time) ? "closed" : "busy";
		add(patient, time, Kind.WAITING, step, new Resource[] { resource }, why);
	}

	@Override
	public void sessionStarted(Patient patient, Step step, Resource[] resources, double waitedHours) {
		add(patient, model.now(), Kind.START, step, resources, patient.isRemote() ? "remote" : "");
	}

	@Override
	public void sessionCompleted(Patient patient, Step step, Resource[] resources, boolean remote, double start,
			double end) {
		add(patient, end, Kind.END, step, resources, "");
	}

	@Override
	public void patientRedirected(Patient patient, Step from, Step to, double time) {
		add(patient, time, Kind.REDIRECTED, from, NO_RESOURCES, to == null ? OUT_OF_THE_PATHWAY : "to " + to.name());
	}

	@Override
	public void patientLost(Patient patient, Step step, String reason, double time) {
		add(patient, time, Kind.LOST, step, NO_RESOURCES, reason.isEmpty() ? "unavailable" : reason);
	}

	@Override
	public void patientCompleted(Patient patient, Step last, double time) {
		add(patient, time, Kind.LEAVES, last, NO_RESOURCES,
				String.format(Locale.ROOT, "after %.1f days", (time - patient.arrivalTime()) / 24));
	}

	/** Keeps the event if its patient is traced; the others cost a comparison. */
	private void add(Patient patient, double time, Kind kind, Step step, Resource[] resources, String detail) {
		if (patient.id() < patients) {
			keep(patient, time, kind, step.name(), Arrays.stream(resources).map(this::name).toList(), detail,
					sources.step(step.name()));
		}
	}

	private void keep(Patient patient, double time, Kind kind, String step, List<String> resources, String detail,
			String source) {
		sink.accept(new TraceEvent(time, kind, patient.id(), EventLog.profile(profiles, patient),
				model.territory().zone(patient.zone()), step, resources, detail, source));
	}

	private String name(Resource resource) {
		return resource.type().name() + "@" + model.territory().zone(resource.zone());
	}
}
