package org.caretwin.engine.pathway;

import org.caretwin.engine.stat.Tally;
import org.caretwin.engine.stat.TimeWeighted;

/**
 * One step of a pathway: an optional planned delay, then one or more sessions, each needing all of its resources at
 * once, then the next step. Generated models subclass it and override the hooks that say <em>how long</em>,
 * <em>how many times</em>, <em>remote or not</em> and <em>where next</em>; the state machine here does the rest.
 */
public abstract class Step {

	/** What happens to a patient who finds a resource of this step busy or closed. */
	public enum Unavailable {
		/** Wait in the resource's queue (the default). */
		WAIT,
		/** Leave the pathway, counted as lost. */
		LOSE,
		/** Go to {@link Step#redirectTo()}, counted as redirected. */
		REDIRECT
	}

	private final CareModel model;
	private final String name;
	private final int index;
	private final ResourceType[] needs;
	private ResourceType[] remoteNeeds;
	private Resource[][] onSiteByZone;
	private Resource[][] remoteByZone;
	private Unavailable unavailable = Unavailable.WAIT;
	private String lossReason = "";
	/** What happens to a waiting patient whose patience runs out: WAIT means it has no limit. */
	private Unavailable whenPatienceRunsOut = Unavailable.WAIT;
	private String patienceReason = "";
	private boolean deliveredAtHome;
	private static final ResourceType[] NONE = {};
	/** Of this step's resources, those the patient keeps when the step ends (seized here, released later). */
	private ResourceType[] keptAfterwards = NONE;
	/** Resources held since an earlier step that the patient frees when this step ends. */
	private ResourceType[] releasedAtEnd = NONE;

	/** For a branching step, the names of its targets; the patients sent to each, and all who left, are counted. */
	private String[] routeNames;
	private Step[] routeTargets;
	private long[] routed;
	private long departures;

	final Tally waits = new Tally();
	final TimeWeighted waiting;
	final TimeWeighted present;
	long completions;
	long sessions;

	protected Step(CareModel model, String name, ResourceType... needs) {
		this.model = model;
		this.name = name;
		this.needs = needs.clone();
		this.index = model.register(this);
		waiting = new TimeWeighted(model.now());
		present = new TimeWeighted(model.now());
	}

	public final String name() {
		return name;
	}

	/** Patient-hours spent waiting for this step since the statistics (re)started: the integral of its queue. */
	public final double waitingHours(double now) {
		return waiting.integral(now);
	}

	/** Waits ended (sessions started) since the statistics (re)started, and their total in hours. */
	public final long waitsEnded() {
		return waits.count();
	}

	public final double waitedHours() {
		return waits.sum();
	}

	final int index() {
		return index;
	}

	protected final CareModel model() {
		return model;
	}

	// --- configuration, called by the generated model when it builds the step ---

	/** The resources used in remote mode (e.g. the surgeon alone, or an app); by default the same as on site. */
	protected final void remoteMode(ResourceType... resources) {
		remoteNeeds = resources.clone();
	}

	/** Patients finding a resource unavailable leave the pathway, counted as lost with this reason. */
	protected final void loseWhenUnavailable(String reason) {
		unavailable = Unavailable.LOSE;
		lossReason = reason;
	}

	/** Patients finding a resource unavailable go to {@link #redirectTo()} instead. */
	protected final void redirectWhenUnavailable() {
		redirectWhenUnavailable("");
	}

	/** Patients finding a resource unavailable go to {@link #redirectTo()}, counted as redirected for this reason. */
	protected final void redirectWhenUnavailable(String reason) {
		unavailable = Unavailable.REDIRECT;
		lossReason = reason;
	}

	/**
	 * Patients wait at most {@link #patience(Patient)} hours in the queue, then leave the pathway, counted as lost with
	 * this reason.
	 */
	protected final void loseAfterWaiting(String reason) {
		whenPatienceRunsOut = Unavailable.LOSE;
		patienceReason = reason;
	}

	/** Patients wait at most {@link #patience(Patient)} hours in the queue, then go to {@link #redirectTo()}. */
	protected final void redirectAfterWaiting() {
		redirectAfterWaiting("");
	}

	/** As {@link #redirectAfterWaiting()}, counted as redirected for this reason. */
	protected final void redirectAfterWaiting(String reason) {
		whenPatienceRunsOut = Unavailable.REDIRECT;
		patienceReason = reason;
	}

	/**
	 * The patient keeps these of the step's resources when the step ends ({@code seizes Bed}), until a later step
	 * releases them or the patient leaves the pathway.
	 */
	protected final void keepsAfterwards(ResourceType... types) {
		keptAfterwards = types.clone();
	}

	/** When this step ends the patient frees these resources, held since an earlier step ({@code releases Bed}). */
	protected final void releasesAtEnd(ResourceType... types) {
		releasedAtEnd = types.clone();
	}

	/**
	 * This step branches to the steps named {@code targets} (as the engine names steps): count where patients go, for
	 * the routed(Step,Target) indicators.
	 */
	protected final void countsRoutes(String... targets) {
		routeNames = targets.clone();
	}

	/** The professional travels to the patient's home: the patient does not travel. */
	protected final void deliveredAtHome() {
		deliveredAtHome = true;
	}

	// --- hooks, overridden by the generated model ---

	/** Queue priority of the patient when it waits for this step's resources (higher first); 0 by default. */
	protected double priority(Patient patient) {
		return 0;
	}

	/** How long the patient waits in the queue at most, in hours; drawn when it starts waiting. No limit by default. */
	protected double patience(Patient patient) {
		return Double.POSITIVE_INFINITY;
	}

	/** Whether the patient may use the remote mode (its eligibility condition); no remote mode by default. */
	protected boolean eligibleForRemote(Patient patient) {
		return false;
	}

	/** Whether the patient's profile prefers the remote mode (for the personalisation indicator). */
	protected boolean prefersRemote(Patient patient) {
		return false;
	}

	/** Planned delay before the step starts ("after 6 weeks"); none by default. */
	protected double delayBefore(Patient patient) {
		return 0;
	}

	/** Duration of one on-site session, in hours. */
	protected abstract double duration(Patient patient);

	/** Whether this patient gets the remote mode for this session; never by default. */
	protected boolean chooseRemote(Patient patient) {
		return false;
	}

	/** Duration of one remote session; the on-site duration by default. */
	protected double remoteDuration(Patient patient) {
		return duration(patient);
	}

	/** Number of sessions (repeats) for this patient; one by default. */
	protected int sessions(Patient patient) {
		return 1;
	}

	/** Time between the end of a session and the next request; none by default. */
	protected double interval(Patient patient) {
		return 0;
	}

	/** The step after this one for this patient (a branch decides here), or null when the pathway ends. */
	protected abstract Step next(Patient patient);

	/** Where patients go when the step is unavailable and the policy is {@link Unavailable#REDIRECT}. */
	protected Step redirectTo() {
		return null;
	}

	/** {@code count} sessions scaled by {@code factor} (e.g. 0.8 for 20% fewer), at least one. */
	protected static int sessions(int count, double factor) {
		return Math.max(1, (int) Math.round(count * factor));
	}

	/** Picks one of {@code targets} with the given probabilities (one draw of the patient's, whatever the outcome). */
	protected static Step choose(PatientSource source, Patient patient, double[] probabilities, Step... targets) {
		double u = source.nextUniform(patient);
		double cumulative = 0;
		for (int i = 0; i < targets.length - 1; i++) {
			cumulative += probabilities[i];
			if (u < cumulative) {
				return targets[i];
			}
		}
		return targets[targets.length - 1];
	}

	// --- the state machine ---

	/** Resolves, once per run, which resources serve each home zone. */
	final void resolveResources(int zones) {
		onSiteByZone = new Resource[zones][];
		remoteByZone = remoteNeeds == null ? null : new Resource[zones][];
		for (int zone = 0; zone < zones; zone++) {
			onSiteByZone[zone] = model.serving(needs, zone);
			if (remoteNeeds != null) {
				remoteByZone[zone] = model.serving(remoteNeeds, zone);
			}
		}
	}

	void enter(Patient patient) {
		patient.step = this;
		patient.sessionsLeft = Math.max(1, sessions(patient));
		present.add(model.now(), 1);
		double delay = delayBefore(patient);
		if (delay > 0) {
			patient.phase = Patient.Phase.DELAYED;
			model.scheduleIn(delay, patient);
		} else {
			request(patient);
		}
	}

	/** Asks for all resources of the next session; starts at once, waits, or leaves. */
	final void request(Patient patient) {
		double now = model.now();
		patient.remote = chooseRemote(patient);
		Resource[] wanted = patient.remote && remoteNeeds != null ? remoteByZone[patient.zone()]
				: onSiteByZone[patient.zone()];
		patient.held = wanted;
		patient.waitingSince = now;
		Resource blocking = firstUnavailable(wanted, now);
		if (blocking == null) {
			start(patient);
			return;
		}
		if (unavailable == Unavailable.WAIT) {
			patient.priority = priority(patient);
			patient.waitNumber++;
			waiting.add(now, 1);
			model.waitingStarted(patient, this, blocking);
			model.enqueue(blocking, patient);
			if (whenPatienceRunsOut != Unavailable.WAIT) {
				model.scheduleIn(patience(patient), new PatienceTimer(patient, this));
			}
		} else {
			leave(patient, unavailable, lossReason);
		}
	}

	/** The patient's patience ran out while it was still waiting: it leaves the queue, then the step. */
	final void abandon(Patient patient) {
		model.leaveQueue(patient);
		waiting.add(model.now(), -1);
		leave(patient, whenPatienceRunsOut, patienceReason);
	}

	/** The patient leaves the step without being served: lost with {@code reason}, or redirected. */
	private void leave(Patient patient, Unavailable how, String reason) {
		present.add(model.now(), -1);
		patient.held = null;
		if (how == Unavailable.LOSE) {
			model.lose(patient, this, reason);
		} else {
			model.redirect(patient, this, redirectTo(), reason);
		}
	}

	static Resource firstUnavailable(Resource[] wanted, double now) {
		for (Resource resource : wanted) {
			if (!resource.hasFreeUnit(now)) {
				return resource;
			}
		}
		return null;
	}

	/** Called when all resources are free: seize them and start the session. */
	final void start(Patient patient) {
		double now = model.now();
		double waited = now - patient.waitingSince;
		waits.add(waited);
		model.sessionStarted(patient, this, waited);
		if (eligibleForRemote(patient)) {
			model.personalisation(patient.remote == prefersRemote(patient));
		}
		markStart(patient);
		double hours = patient.remote ? remoteDuration(patient) : duration(patient);
		if (!(hours >= 0)) {
			throw new IllegalStateException(name + ": negative or undefined duration " + hours);
		}
		for (Resource resource : patient.held) {
			resource.seize(now);
			model.account(patient, resource, hours, patient.remote || deliveredAtHome);
		}
		patient.serviceStart = now;
		patient.serviceHours = hours;
		patient.phase = Patient.Phase.IN_SERVICE;
		model.scheduleIn(hours, patient);
	}

	/** End of a session: free the resources, then repeat, or move on. */
	final void finish(Patient patient) {
		double now = model.now();
		Resource[] held = patient.held;
		patient.held = null;
		sessions++;
		model.sessionCompleted(patient, this, held, now);
		boolean last = --patient.sessionsLeft == 0;
		for (Resource resource : held) {
			if (last && keptAfterwards.length > 0 && keeps(resource.type())) {
				model.keep(patient, resource, patient.serviceStart);
			} else {
				resource.release(now, patient.serviceStart);
				model.serveQueue(resource);
			}
		}
		if (!last) {
			patient.phase = Patient.Phase.BETWEEN_SESSIONS;
			model.scheduleIn(Math.max(0, interval(patient)), patient);
			return;
		}
		completions++;
		present.add(now, -1);
		if (releasedAtEnd.length > 0 && patient.kept != null) {
			patient.kept.release(model, patient, releasedAtEnd);
		}
		moveOn(patient);
	}

	private boolean keeps(ResourceType type) {
		for (ResourceType kept : keptAfterwards) {
			if (kept == type) {
				return true;
			}
		}
		return false;
	}

	/** Records the first start of this step for the time(A,B) indicators, when the model reports any. */
	final void markStart(Patient patient) {
		if (patient.stepStarts != null && Double.isNaN(patient.stepStarts[index])) {
			patient.stepStarts[index] = model.now();
		}
	}

	/** Finds the steps named by {@link #countsRoutes}, once the model has built them all. */
	final void resolveRoutes(java.util.function.Function<String, Step> stepNamed) {
		if (routeNames != null) {
			routeTargets = new Step[routeNames.length];
			for (int i = 0; i < routeNames.length; i++) {
				routeTargets[i] = stepNamed.apply(routeNames[i]);
			}
			routed = new long[routeNames.length];
		}
	}

	/** Sends the patient to the next step, or out of the pathway. */
	final void moveOn(Patient patient) {
		Step next = next(patient);
		if (routed != null) {
			countRoute(next);
		}
		if (next == null) {
			model.complete(patient);
		} else {
			next.enter(patient);
		}
	}

	private void countRoute(Step next) {
		departures++;
		for (int i = 0; i < routeTargets.length; i++) {
			if (routeTargets[i] == next) {
				routed[i]++;
				return;
			}
		}
	}

	/** The names of the targets whose routes are counted, or none. */
	final String[] routeNames() {
		return routeNames == null ? new String[0] : routeNames.clone();
	}

	/** The share of the patients who left this step since the statistics (re)started that went to target {@code i}. */
	final double routedShare(int i) {
		return departures == 0 ? Double.NaN : (double) routed[i] / departures;
	}

	void restartStatistics(double now) {
		if (routed != null) {
			java.util.Arrays.fill(routed, 0);
			departures = 0;
		}
		waits.reset();
		waiting.restart(now);
		present.restart(now);
		completions = 0;
		sessions = 0;
	}

	@Override
	public String toString() {
		return "Step " + name;
	}
}
