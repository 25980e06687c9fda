package org.caretwin.engine.pathway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.engine.Simulation;
import org.caretwin.engine.random.RandomSource;
import org.caretwin.engine.random.RandomStreams;
import org.caretwin.engine.stat.Tally;
import org.caretwin.engine.stat.TimeWeighted;

/**
 * One replication of a care model (DESMO-J's Model): territory, resources, pathways and cohorts, built by a
 * generated subclass in {@link #build()}, run over warm-up plus horizon, then read as {@link Kpis}.
 */
public abstract class CareModel extends Simulation {

	private RandomStreams streams;
	private int replication;
	private final Map<String, RandomSource> sequences = new java.util.HashMap<>();
	private final Map<String, PatientSource> patientSources = new java.util.HashMap<>();
	private Territory territory;
	private final List<ResourceType> resourceTypes = new ArrayList<>();
	private final List<Step> steps = new ArrayList<>();
	private final List<Cohort> cohorts = new ArrayList<>();
	private final List<Resource> resources = new ArrayList<>();
	private final Map<ResourceType, ServingZones> servingByType = new LinkedHashMap<>();
	private final List<int[]> trackedIntervals = new ArrayList<>();
	private PathwayListener listener = PathwayListener.NONE;
	/** Patients who left, ready to be admitted again; used only while no listener could keep a reference to them. */
	private Patient[] leftPatients = new Patient[64];
	private int leftCount;

	private double warmup;
	private boolean observing;
	private long nextPatientId;
	private final TimeWeighted inSystem = new TimeWeighted(0);
	private final Tally pathwayDays = new Tally();
	private final Tally travelHours = new Tally();
	private final Tally costPerPatient = new Tally();
	private final Tally actorsPerPatient = new Tally();
	private final Map<String, Long> lostByReason = new LinkedHashMap<>();
	private final Map<String, Long> redirectedByReason = new LinkedHashMap<>();
	private final List<Tally> intervalDays = new ArrayList<>();
	private final Map<String, Tally> censusByKpi = new LinkedHashMap<>();
	private long admitted;
	private long completed;
	private long lost;
	private long redirected;
	/** Observed patients lost or redirected at least once: the shares are of patients, not of events. */
	private long lostPatients;
	private long redirectedPatients;
	private long acts;
	private long actsOutsideZone;
	private long eligibleSessions;
	private long personalisedSessions;

	/** Builds territory, resources, steps and cohorts for the scenario this instance was created for. */
	protected abstract void build();

	/** Names of every source of randomness this model draws from, in any scenario (for common random numbers). */
	public abstract List<String> randomSourceNames();

	// --- running ---

	/**
	 * Runs one replication: builds the model with the substreams of {@code replication}, simulates the warm-up,
	 * discards its statistics, then simulates the horizon.
	 */
	public final Kpis run(RandomStreams randomStreams, int replication, double warmupHours, double horizonHours) {
		this.streams = randomStreams;
		this.replication = replication;
		this.warmup = warmupHours;
		build();
		if (territory == null) {
			territory = Territory.single("all", 1);
		}
		resolveServingResources();
		cohorts.forEach(Cohort::start);
		if (warmupHours > 0) {
			runUntil(warmupHours);
		}
		restartStatistics();
		runUntil(warmupHours + horizonHours);
		return Kpis.of(this, horizonHours);
	}

	/**
	 * Builds the model of replication 0 without running it, for estimates (the size of a run) that read its cohorts
	 * and steps.
	 */
	public final void buildOnly(RandomStreams randomStreams) {
		this.streams = randomStreams;
		this.replication = 0;
		build();
		if (territory == null) {
			territory = Territory.single("all", 1);
		}
		resolveServingResources();
	}

	public final List<Step> allSteps() {
		return List.copyOf(steps);
	}

	public final List<Cohort> allCohorts() {
		return List.copyOf(cohorts);
	}

	public final List<ResourceType> allResourceTypes() {
		return List.copyOf(resourceTypes);
	}

	public final void setListener(PathwayListener listener) {
		this.listener = listener == null ? PathwayListener.NONE : listener;
	}

	private void restartStatistics() {
		double now = now();
		observing = true;
		steps.forEach(s -> s.restartStatistics(now));
		resources.forEach(r -> r.restartStatistics(now));
		resourceTypes.forEach(t -> t.observedCost = 0);
		inSystem.restart(now);
	}

	// --- building, for generated models ---

	/** The numbers of a source drawn in the order of time (arrivals, placements), for this replication. */
	protected final RandomSource random(String sourceName) {
		return sequences.computeIfAbsent(sourceName, name -> streams.sequence(name, replication));
	}

	/** A source whose numbers each patient draws from a stream of its own (a step's durations, branches ...). */
	protected final PatientSource patientRandom(String sourceName) {
		return patientSources.computeIfAbsent(sourceName,
				name -> new PatientSource(streams.sourceKey(name), patientSources.size()));
	}

	long cohortKey(String cohort) {
		return streams.cohortKey(cohort, replication);
	}

	protected final Territory territory(String name, List<String> zones, double[] population) {
		territory = new Territory(name, zones, population);
		return territory;
	}

	public final Territory territory() {
		if (territory == null) {
			territory = Territory.single("all", 1);
		}
		return territory;
	}

	protected final ResourceType resourceType(String name, String actor, WeeklyCalendar calendar, double costPerHour,
			double costPerAct) {
		ResourceType type = new ResourceType(name, resourceTypes.size(), actor, calendar, costPerHour, costPerAct,
				territory().zoneCount());
		resourceTypes.add(type);
		return type;
	}

	/** Places {@code capacity} units of {@code type} in {@code zone} (Integer.MAX_VALUE for unlimited). */
	protected final Resource place(ResourceType type, int zone, int capacity) {
		Resource resource = new Resource(type, zone, capacity, now());
		type.place(resource);
		resources.add(resource);
		return resource;
	}

	/**
	 * Places a resource described by a density ({@code perInhabitants} units per {@code per} inhabitants, of which
	 * {@code share} of the time serves this pathway) in every zone, rounded to whole units.
	 */
	protected final void placeByDensity(ResourceType type, double perInhabitants, double per, double share) {
		Territory zones = territory();
		for (int zone = 0; zone < zones.zoneCount(); zone++) {
			place(type, zone, zones.unitsByDensity(zone, perInhabitants, per, share));
		}
	}

	/** Records the time from the start of step {@code from} to the start of step {@code to} as KPI time(from,to). */
	protected final void trackInterval(Step from, Step to) {
		trackedIntervals.add(new int[] { from.index(), to.index() });
		intervalDays.add(new Tally());
	}

	/**
	 * Applies {@code disruption} between its two times: called by the generated model at the end of its build, once the
	 * resources and cohorts it names exist.
	 */
	protected final void disrupt(Disruption disruption) {
		scheduleAt(disruption.from(), s -> applyDisruption(disruption, false));
		scheduleAt(disruption.to(), s -> applyDisruption(disruption, true));
	}

	private void applyDisruption(Disruption disruption, boolean ending) {
		double now = now();
		for (Disruption.Change change : disruption.changes()) {
			switch (change) {
			case Disruption.Capacity capacity -> {
				double factor = ending ? 1 / capacity.factor() : capacity.factor();
				for (ResourceType type : resourceTypes) {
					if (type.name().equals(capacity.resourceType())) {
						for (Resource resource : type.placed()) {
							resource.scaleCapacity(now, factor);
							serveQueue(resource);
						}
					}
				}
			}
			case Disruption.ArrivalRate rate -> cohorts.stream()
					.filter(c -> rate.cohort() == null || c.name().equals(rate.cohort()))
					.forEach(c -> c.scaleRate(ending ? 1 / rate.factor() : rate.factor()));
			}
		}
	}

	/**
	 * Counts the units of {@code type} in use (every zone) at {@code hourOfDay} each day as KPI {@code kpiName}, e.g.
	 * census(Bed at 00:00). The count is taken after the events already due at that instant.
	 */
	protected final void trackCensus(ResourceType type, double hourOfDay, String kpiName) {
		Tally census = new Tally();
		censusByKpi.put(kpiName, census);
		scheduleAt(hourOfDay, new org.caretwin.engine.EventTarget() {
			@Override
			public void fire(Simulation simulation) {
				if (observing) {
					int units = 0;
					for (Resource resource : type.placed()) {
						units += resource.unitsInUse();
					}
					census.add(units);
				}
				simulation.scheduleIn(24, this);
			}
		});
	}

	int register(Step step) {
		steps.add(step);
		return steps.size() - 1;
	}

	void register(Cohort cohort) {
		cohorts.add(cohort);
	}

	/** For each type, which zone's resource serves each home zone (its own, else the nearest). */
	private void resolveServingResources() {
		for (ResourceType type : resourceTypes) {
			servingByType.put(type, new ServingZones(type.name(), territory,
					zone -> type.inZone(zone) != null && type.inZone(zone).capacity() > 0));
		}
		int zones = territory.zoneCount();
		steps.forEach(step -> step.resolveResources(zones));
		steps.forEach(step -> step.resolveRoutes(this::stepNamed));
	}

	private Step stepNamed(String name) {
		for (Step step : steps) {
			if (step.name().equals(name)) {
				return step;
			}
		}
		throw new IllegalArgumentException("a branch goes to " + name + ", which is no step of the model");
	}

	Resource[] serving(ResourceType[] types, int zone) {
		Resource[] result = new Resource[types.length];
		for (int i = 0; i < types.length; i++) {
			result[i] = types[i].inZone(servingByType.get(types[i]).zoneServing(zone));
		}
		return result;
	}

	// --- the life of a patient ---

	Patient admit(Cohort cohort, int profile, int zone, long randomKey) {
		double[] stepStarts = null;
		if (!trackedIntervals.isEmpty()) {
			stepStarts = new double[steps.size()];
			java.util.Arrays.fill(stepStarts, Double.NaN);
		}
		long id = nextPatientId++;
		double[] attributes = cohort.attributes(profile, zone);
		Patient patient;
		if (leftCount > 0) {
			patient = leftPatients[--leftCount];
			leftPatients[leftCount] = null;
			patient.admit(id, profile, zone, now(), attributes, observing, stepStarts, randomKey);
		} else {
			patient = new Patient(id, profile, zone, now(), attributes, observing, stepStarts, randomKey,
					patientSources.size());
		}
		if (observing) {
			admitted++;
		}
		inSystem.add(now(), 1);
		if (listener != PathwayListener.NONE) {
			listener.patientArrived(patient, cohort, now());
		}
		return patient;
	}

	void enqueue(Resource resource, Patient patient) {
		patient.queuedAt = resource;
		resource.queue.add(patient);
		resource.queueLength.add(now(), 1);
		serveAtOpeningIfClosed(resource);
	}

	/** Takes a waiting patient out of its queue before its turn (its patience ran out). */
	void leaveQueue(Patient patient) {
		Resource resource = patient.queuedAt;
		resource.queue.remove(patient);
		resource.queueLength.add(now(), -1);
		patient.queuedAt = null;
	}

	/** A closed resource with a queue serves it at its next opening (one pending opening event at most). */
	private void serveAtOpeningIfClosed(Resource resource) {
		if (!resource.queue.isEmpty() && !resource.isOpen(now()) && !resource.openingScheduled()) {
			resource.setOpeningScheduled(true);
			scheduleAt(resource.calendar().nextOpening(now()), sim -> {
				resource.setOpeningScheduled(false);
				serveQueue(resource);
			});
		}
	}

	/** Starts waiting patients while {@code resource} has a free unit; moves those blocked by another resource. */
	void serveQueue(Resource resource) {
		double now = now();
		while (!resource.queue.isEmpty() && resource.hasFreeUnit(now)) {
			Patient patient = resource.queue.poll();
			patient.queuedAt = null;
			resource.queueLength.add(now, -1);
			Resource blocking = Step.firstUnavailable(patient.held, now);
			if (blocking == null) {
				patient.step.waiting.add(now, -1);
				patient.step.start(patient);
			} else {
				enqueue(blocking, patient);
			}
		}
		serveAtOpeningIfClosed(resource);
	}

	/**
	 * Costs, travel and collaboration of one act of {@code resource} for {@code patient}. A type without tariffs
	 * skips the cost sums (they would add zeros) and a resource in the patient's zone skips the travel table.
	 */
	void account(Patient patient, Resource resource, double hours, boolean patientStaysHome) {
		ResourceType type = resource.type();
		patient.actorTypes |= 1L << (type.index() & 63);
		boolean outside = resource.zone() != patient.zone();
		if (outside && !patientStaysHome) {
			patient.travelHours += 2 * territory.travelHours(patient.zone(), resource.zone());
		}
		double cost = 0;
		if (type.hasTariff) {
			cost = type.costPerHour() * hours + type.costPerAct();
			patient.cost += cost;
		}
		if (observing) {
			acts++;
			if (outside) {
				actsOutsideZone++;
			}
			if (type.hasTariff) {
				type.observedCost += cost;
			}
		}
	}

	/** The patient keeps {@code resource}, seized at {@code seizedAt}, after the step ends. */
	void keep(Patient patient, Resource resource, double seizedAt) {
		if (patient.kept == null) {
			patient.kept = new HeldResources();
		}
		patient.kept.keep(resource, seizedAt, now());
	}

	/** A patient leaving the pathway frees what it still holds. */
	private void releaseKept(Patient patient) {
		if (patient.kept != null && !patient.kept.isEmpty()) {
			patient.kept.releaseAll(this, patient);
		}
	}

	/** The cost of holding {@code resource} for {@code hours} beyond the session that seized it (its act is counted). */
	void accountHolding(Patient patient, Resource resource, double hours) {
		ResourceType type = resource.type();
		if (type.hasTariff) {
			double cost = type.costPerHour() * hours;
			patient.cost += cost;
			if (observing) {
				type.observedCost += cost;
			}
		}
	}

	/** A session eligible for a remote mode started, in the mode the patient's profile prefers or not. */
	void personalisation(boolean preferredMode) {
		if (observing) {
			eligibleSessions++;
			if (preferredMode) {
				personalisedSessions++;
			}
		}
	}

	void waitingStarted(Patient patient, Step step, Resource blocking) {
		if (listener != PathwayListener.NONE) {
			listener.waitingStarted(patient, step, blocking, now());
		}
	}

	void sessionStarted(Patient patient, Step step, double waited) {
		if (listener != PathwayListener.NONE) {
			listener.sessionStarted(patient, step, patient.held, waited);
		}
	}

	/** Calls {@code observer} every {@code period} hours from time 0 (e.g. to record utilisation week by week). */
	public final void observeEvery(double period, java.util.function.Consumer<CareModel> observer) {
		scheduleIn(period, new org.caretwin.engine.EventTarget() {
			@Override
			public void fire(Simulation simulation) {
				observer.accept(CareModel.this);
				simulation.scheduleIn(period, this);
			}
		});
	}

	void sessionCompleted(Patient patient, Step step, Resource[] held, double end) {
		if (listener != PathwayListener.NONE) {
			listener.sessionCompleted(patient, step, held, patient.remote, patient.serviceStart, end);
		}
	}

	void complete(Patient patient) {
		releaseKept(patient);
		inSystem.add(now(), -1);
		completed += observing ? 1 : 0;
		if (listener != PathwayListener.NONE) {
			listener.patientCompleted(patient, patient.step, now());
		}
		if (patient.observed) {
			observeCompleted(patient);
		}
		recycle(patient);
	}

	/** Keeps a patient who left for the next admission, unless a listener may still hold it. */
	private void recycle(Patient patient) {
		if (listener != PathwayListener.NONE) {
			return;
		}
		if (leftCount == leftPatients.length) {
			leftPatients = java.util.Arrays.copyOf(leftPatients, leftCount * 2);
		}
		leftPatients[leftCount++] = patient;
	}

	private void observeCompleted(Patient patient) {
		pathwayDays.add((now() - patient.arrivalTime()) / 24);
		travelHours.add(patient.travelHours);
		costPerPatient.add(patient.cost);
		actorsPerPatient.add(Long.bitCount(patient.actorTypes));
		for (int i = 0; patient.stepStarts != null && i < trackedIntervals.size(); i++) {
			int[] pair = trackedIntervals.get(i);
			double from = patient.stepStarts[pair[0]];
			double to = patient.stepStarts[pair[1]];
			if (!Double.isNaN(from) && !Double.isNaN(to)) {
				intervalDays.get(i).add((to - from) / 24);
			}
		}
	}

	void lose(Patient patient, Step step, String reason) {
		releaseKept(patient);
		inSystem.add(now(), -1);
		if (listener != PathwayListener.NONE) {
			listener.patientLost(patient, step, reason, now());
		}
		if (observing) {
			lost++;
		}
		// Shares are of observed arrivals, so a patient admitted in the warm-up is not counted when lost later.
		if (patient.observed) {
			lostPatients++;
			lostByReason.merge(reason.isEmpty() ? step.name() : reason, 1L, Long::sum);
		}
		recycle(patient);
	}

	void redirect(Patient patient, Step from, Step to, String reason) {
		if (observing) {
			redirected++;
		}
		// A patient redirected twice counts once in the share, and once in the share of each reason.
		if (patient.observed && !patient.redirected) {
			redirectedPatients++;
		}
		if (patient.observed && !reason.isEmpty()) {
			if (patient.redirectedFor == null) {
				patient.redirectedFor = new java.util.HashSet<>();
			}
			if (patient.redirectedFor.add(reason)) {
				redirectedByReason.merge(reason, 1L, Long::sum);
			}
		}
		patient.redirected = true;
		if (listener != PathwayListener.NONE) {
			listener.patientRedirected(patient, from, to, now());
		}
		if (to == null) {
			lose(patient, from, "redirected out of the pathway");
		} else {
			to.enter(patient);
		}
	}

	// --- read access for Kpis ---

	List<Step> steps() {
		return steps;
	}

	List<Resource> resources() {
		return resources;
	}

	List<ResourceType> resourceTypes() {
		return resourceTypes;
	}

	List<int[]> trackedIntervals() {
		return trackedIntervals;
	}

	List<Tally> intervalDays() {
		return intervalDays;
	}

	Map<String, Tally> censusByKpi() {
		return censusByKpi;
	}

	TimeWeighted inSystem() {
		return inSystem;
	}

	Tally pathwayDays() {
		return pathwayDays;
	}

	Tally travelHours() {
		return travelHours;
	}

	Tally costPerPatient() {
		return costPerPatient;
	}

	Tally actorsPerPatient() {
		return actorsPerPatient;
	}

	Map<String, Long> redirectedByReason() {
		return redirectedByReason;
	}

	Map<String, Long> lostByReason() {
		return lostByReason;
	}

	/** Cost per actor type over the observation window, in the order actors first appear. */
	Map<String, Double> costByActor() {
		Map<String, Double> costs = new LinkedHashMap<>();
		resourceTypes.forEach(type -> costs.merge(type.actor(), type.observedCost, Double::sum));
		return costs;
	}

	long admitted() {
		return admitted;
	}

	long completed() {
		return completed;
	}

	long lost() {
		return lost;
	}

	long redirected() {
		return redirected;
	}

	/** Observed patients lost (each at most once). */
	long lostPatients() {
		return lostPatients;
	}

	/** Observed patients redirected at least once. */
	long redirectedPatients() {
		return redirectedPatients;
	}

	long acts() {
		return acts;
	}

	long eligibleSessions() {
		return eligibleSessions;
	}

	long personalisedSessions() {
		return personalisedSessions;
	}

	long actsOutsideZone() {
		return actsOutsideZone;
	}

	double warmup() {
		return warmup;
	}
}
