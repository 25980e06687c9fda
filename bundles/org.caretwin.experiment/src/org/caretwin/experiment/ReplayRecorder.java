package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Cohort;
import org.caretwin.engine.pathway.PathwayListener;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.Resource;
import org.caretwin.engine.pathway.Step;

/**
 * Follows one replication event by event and keeps, at a fixed number of instants evenly spread over the observation
 * window, the number of patients waiting for and in session at each step, and per frame the arrivals, completions and
 * losses. Only these samples are kept, never the events: a year of a national model has millions of events, and a
 * replay handed to a web page at once has to stay a few hundred kilobytes whatever the model.
 */
final class ReplayRecorder implements PathwayListener {

	/** Frames of a replay: a smooth slider over a year (a frame every 18 hours), a JSON of tens of kilobytes. */
	static final int FRAMES = 500;

	private final CareModel model;
	private final double start;
	private final double frameHours;
	private final int frameCount;
	/** The model's steps and their counts, set at the first event, once the run has built the steps. */
	private Map<Step, Integer> index;
	private int[] waiting;
	private int[] inSession;
	/** The step where each waiting patient waits: no more entries than patients in the queues. */
	private final Map<Patient, Integer> waits = new IdentityHashMap<>();
	private final List<Replay.Frame> frames = new ArrayList<>();
	private int inPathway;
	private int arrived;
	private int completed;
	private int lost;

	private ReplayRecorder(CareModel model, double start, double horizon, int frameCount) {
		this.model = model;
		this.start = start;
		this.frameHours = horizon / frameCount;
		this.frameCount = frameCount;
	}

	/**
	 * Runs {@code replication} of {@code scenario} (the very run of the experiment: runs are pure functions of their
	 * seed) and samples it in {@code frameCount} frames; {@code diagramIds} gives the diagram id of each step by the
	 * name the engine gives it.
	 */
	static Replay record(ModelFactory factory, ExperimentPlan plan, String scenario, int replication,
			Map<String, String> diagramIds, int frameCount) {
		CareModel model = factory.create(scenario);
		ReplayRecorder recorder = new ReplayRecorder(model, plan.warmupHours(), plan.horizonHours(), frameCount);
		model.setListener(recorder);
		model.run(ExperimentRunner.streams(factory, plan), replication, plan.warmupHours(), plan.horizonHours());
		recorder.indexSteps();
		recorder.sampleUntil(Double.POSITIVE_INFINITY);
		List<String> ids = model.allSteps().stream().map(s -> diagramIds.getOrDefault(s.name(), s.name())).toList();
		return new Replay(scenario, replication, plan.warmupHours(), recorder.frameHours, ids, recorder.frames);
	}

	@Override
	public void patientArrived(Patient patient, Cohort cohort, double time) {
		advanceTo(time);
		inPathway++;
		arrived += observed(time);
	}

	@Override
	public void waitingStarted(Patient patient, Step step, Resource resource, double time) {
		advanceTo(time);
		int i = index.get(step);
		waits.put(patient, i);
		waiting[i]++;
	}

	@Override
	public void sessionStarted(Patient patient, Step step, Resource[] resources, double waitedHours) {
		advanceTo(model.now());
		endWait(patient);
		inSession[index.get(step)]++;
	}

	@Override
	public void sessionCompleted(Patient patient, Step step, Resource[] resources, boolean remote, double start,
			double end) {
		advanceTo(end);
		inSession[index.get(step)]--;
	}

	@Override
	public void patientRedirected(Patient patient, Step from, Step to, double time) {
		advanceTo(time);
		endWait(patient);
	}

	@Override
	public void patientLost(Patient patient, Step step, String reason, double time) {
		advanceTo(time);
		endWait(patient);
		inPathway--;
		lost += observed(time);
	}

	@Override
	public void patientCompleted(Patient patient, Step last, double time) {
		advanceTo(time);
		inPathway--;
		completed += observed(time);
	}

	/** A patient who leaves a queue (served, out of patience) no longer waits where it waited. */
	private void endWait(Patient patient) {
		Integer step = waits.remove(patient);
		if (step != null) {
			waiting[step]--;
		}
	}

	/** 1 for an event the run's indicators count (after the warm-up, as the engine observes), else 0. */
	private int observed(double time) {
		return time > start ? 1 : 0;
	}

	/** Before an event at {@code time}: the frames that end earlier take the counts as they are. */
	private void advanceTo(double time) {
		indexSteps();
		sampleUntil(time);
	}

	private void indexSteps() {
		if (index == null) {
			List<Step> steps = model.allSteps();
			index = new IdentityHashMap<>();
			steps.forEach(step -> index.put(step, index.size()));
			waiting = new int[steps.size()];
			inSession = new int[steps.size()];
		}
	}

	private void sampleUntil(double time) {
		while (frames.size() < frameCount && frameEnd(frames.size()) < time) {
			frames.add(new Replay.Frame(frameEnd(frames.size()), waiting.clone(), inSession.clone(), inPathway, arrived,
					completed, lost));
			arrived = completed = lost = 0;
		}
	}

	private double frameEnd(int frame) {
		return start + (frame + 1) * frameHours;
	}
}
