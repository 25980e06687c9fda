package org.caretwin.lang.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One care model as the language understands it, names resolved and units in hours: what every client reads (static
 * sizing, hovers, diagrams, the runner) instead of walking the syntax tree. Built once by
 * {@link ResolvedModelBuilder}; plain immutable records, serialisable, with no engine type.
 * <p>
 * The model is written as its files declare it; {@link #inScenario(String)} gives the same model with a scenario's
 * changes applied. Steps are named by {@link Step#id()}, {@code Pathway.Step}, everywhere in the model.
 */
public record ResolvedModel(String folder, List<String> files, Territory territory, List<Calendar> calendars,
		List<Resource> resources, List<Cohort> cohorts, List<Pathway> pathways, List<Innovation> innovations,
		List<Scenario> scenarios, List<Experiment> experiments) implements Serializable {

	private static final long serialVersionUID = 1L;

	public ResolvedModel {
		files = List.copyOf(files);
		calendars = List.copyOf(calendars);
		resources = List.copyOf(resources);
		cohorts = List.copyOf(cohorts);
		pathways = List.copyOf(pathways);
		innovations = List.copyOf(innovations);
		scenarios = List.copyOf(scenarios);
		experiments = List.copyOf(experiments);
	}

	/** This model with the changes of {@code scenario} (and of the scenarios it extends) applied. */
	public ResolvedModel inScenario(String scenario) {
		return ScenarioApplication.apply(this, scenario);
	}

	public Optional<Experiment> experiment(String name) {
		return experiments.stream().filter(e -> e.name().equals(name)).findFirst();
	}

	public Optional<Scenario> scenario(String name) {
		return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
	}

	public Optional<Innovation> innovation(String name) {
		return innovations.stream().filter(i -> i.name().equals(name)).findFirst();
	}

	public Optional<Resource> resource(String name) {
		return resources.stream().filter(r -> r.name().equals(name)).findFirst();
	}

	public Optional<Calendar> calendar(String name) {
		return calendars.stream().filter(c -> c.name().equals(name)).findFirst();
	}

	public Optional<Cohort> cohort(String name) {
		return cohorts.stream().filter(c -> c.name().equals(name)).findFirst();
	}

	/** The step of id {@code Pathway.Step}. */
	public Optional<Step> step(String id) {
		return pathways.stream().flatMap(p -> p.steps().stream()).filter(s -> s.id().equals(id)).findFirst();
	}

	/** Where an element was written: {@code file:line:col}, the file named as in its folder. */
	public record SourcePosition(String file, int line, int column) implements Serializable {

		private static final long serialVersionUID = 1L;

		@Override
		public String toString() {
			return file + ":" + line + ":" + column;
		}
	}

	// ---------------------------------------------------------------- territory

	/**
	 * Zones with their population, declared travel times (hours) and sites. A model without territory has one zone
	 * {@value #IMPLICIT_ZONE} of population 1, as the engine has; its position is then null.
	 */
	public record Territory(String name, String title, List<Zone> zones, List<Travel> travels, List<Site> sites,
			SourcePosition position) implements Serializable {

		private static final long serialVersionUID = 1L;

		public static final String IMPLICIT_ZONE = "all";

		public Territory {
			zones = List.copyOf(zones);
			travels = List.copyOf(travels);
			sites = List.copyOf(sites);
		}

		static Territory implicit() {
			return new Territory(IMPLICIT_ZONE, null, List.of(new Zone(IMPLICIT_ZONE, 1, null)), List.of(), List.of(), null);
		}

		public int zoneIndex(String zone) {
			for (int i = 0; i < zones.size(); i++) {
				if (zones.get(i).name().equals(zone)) {
					return i;
				}
			}
			return -1;
		}
	}

	public record Zone(String name, double population, SourcePosition position) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	/** A two-way travel time between two zones. */
	public record Travel(String from, String to, double hours) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	public record Site(String name, String title, String zone, SourcePosition position) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	// ---------------------------------------------------------------- calendars and resources

	/** Weekly openings, one per weekday and time range (ranges such as monday..friday written out), and holidays. */
	public record Calendar(String name, List<Opening> openings, List<Integer> holidays, SourcePosition position)
			implements Serializable {

		private static final long serialVersionUID = 1L;

		public Calendar {
			openings = List.copyOf(openings);
			holidays = List.copyOf(holidays);
		}
	}

	/** Open on {@code weekday} (0 = Monday) from {@code fromHour} to {@code toHour}. */
	public record Opening(int weekday, double fromHour, double toHour) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	/**
	 * A kind of resource: its supply, the site (and so the zone) of a counted one, the share of a density's time given
	 * to the model's pathways (1 unless written), its calendar (null: always open), tariffs and who is paid.
	 */
	public record Resource(String name, Supply supply, double share, String site, String zone, String calendar,
			double costPerHour, double costPerAct, String actor, SourcePosition position) implements Serializable {

		private static final long serialVersionUID = 1L;

		Resource withSupply(Supply newSupply) {
			return new Resource(name, newSupply, share, site, zone, calendar, costPerHour, costPerAct, actor, position);
		}

		Resource withShare(double newShare) {
			return new Resource(name, supply, newShare, site, zone, calendar, costPerHour, costPerAct, actor, position);
		}

		Resource withCalendar(String newCalendar) {
			return new Resource(name, supply, share, site, zone, newCalendar, costPerHour, costPerAct, actor, position);
		}
	}

	/** How many units of a resource there are. */
	public sealed interface Supply extends Serializable {
	}

	/** {@code count N}: N units at the resource's site. */
	public record Count(int units) implements Supply {
		private static final long serialVersionUID = 1L;
	}

	/** {@code density X per N}: X units per N inhabitants in every zone. */
	public record Density(double units, int perInhabitants) implements Supply {
		private static final long serialVersionUID = 1L;
	}

	/** {@code unlimited}: in every zone, never a queue. */
	public record Unlimited() implements Supply {
		private static final long serialVersionUID = 1L;
	}

	// ---------------------------------------------------------------- patients

	/** Patients entering a pathway: how they arrive, their profiles (shares as fractions) and attributes. */
	public record Cohort(String name, Arrivals arrivals, List<Profile> profiles, List<Attribute> attributes,
			SourcePosition position) implements Serializable {

		private static final long serialVersionUID = 1L;

		public Cohort {
			profiles = List.copyOf(profiles);
			attributes = List.copyOf(attributes);
		}

		public int profileIndex(String profile) {
			for (int i = 0; i < profiles.size(); i++) {
				if (profiles.get(i).name().equals(profile)) {
					return i;
				}
			}
			return -1;
		}

		/** Profiles the engine tells apart: those written, or one when none is. */
		public int profileCount() {
			return Math.max(1, profiles.size());
		}

		Cohort withArrivals(Arrivals newArrivals) {
			return new Cohort(name, newArrivals, profiles, attributes, position);
		}
	}

	public record Profile(String name, double share, SourcePosition position) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	public record Attribute(String name, Distribution value, SourcePosition position) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	/** When patients arrive. */
	public sealed interface Arrivals extends Serializable {
	}

	/** {@code arrivals R per UNIT}: Poisson, with exponential gaps of mean {@code meanGapHours}; seasonal when factors are given. */
	public record PoissonArrivals(double rate, String unit, double meanGapHours, String territory,
			List<Double> monthlyFactors) implements Arrivals {

		private static final long serialVersionUID = 1L;

		public PoissonArrivals {
			monthlyFactors = List.copyOf(monthlyFactors);
		}
	}

	/** {@code arrivals per UNIT { Zone R ... }}: Poisson arrivals per hour in each zone of the territory, in zone order. */
	public record ZonalArrivals(List<Double> ratePerHour) implements Arrivals {

		private static final long serialVersionUID = 1L;

		public ZonalArrivals {
			ratePerHour = List.copyOf(ratePerHour);
		}
	}

	/** {@code arrivals every GAP}. */
	public record RenewalArrivals(Distribution gap) implements Arrivals {
		private static final long serialVersionUID = 1L;
	}

	/** {@code arrivals scheduled { ... }}: weekly slots, one per weekday written. */
	public record ScheduledArrivals(List<Slot> slots) implements Arrivals {

		private static final long serialVersionUID = 1L;

		public ScheduledArrivals {
			slots = List.copyOf(slots);
		}
	}

	/**
	 * At {@code hour} on {@code weekday} (Monday 0), {@code rooms} rooms each take one of {@code sessions} by its
	 * share, every week or, {@code drawnOnce}, once per replication.
	 */
	public record Slot(int weekday, double hour, int rooms, List<Session> sessions, boolean drawnOnce)
			implements Serializable {

		private static final long serialVersionUID = 2L;

		public Slot {
			sessions = List.copyOf(sessions);
		}

		/** Mean patients a week at this slot. */
		public double meanPatients() {
			return rooms * sessions.stream().mapToDouble(s -> s.share() * s.patients()).sum();
		}
	}

	/** One list: {@code counts.get(p)} patients of profile p, plus {@code drawn} whose profile comes from the mix. */
	public record Session(double share, List<Integer> counts, int drawn) implements Serializable {

		private static final long serialVersionUID = 1L;

		public Session {
			counts = List.copyOf(counts);
		}

		public int patients() {
			return counts.stream().mapToInt(Integer::intValue).sum() + drawn;
		}
	}

	/** {@code arrivals from "file.csv"}: so many patients on each day from {@code firstDay} (ISO date) on. */
	public record SeriesArrivals(String file, String firstDay, List<Integer> dailyCounts) implements Arrivals {

		private static final long serialVersionUID = 1L;

		public SeriesArrivals {
			dailyCounts = List.copyOf(dailyCounts);
		}
	}

	// ---------------------------------------------------------------- pathways

	public record Pathway(String name, String cohort, List<Step> steps, SourcePosition position) implements Serializable {

		private static final long serialVersionUID = 1L;

		public Pathway {
			steps = List.copyOf(steps);
		}
	}

	/**
	 * One step: the resources one session needs at once, its duration, an optional planned delay, where it takes place
	 * ({@link #AT_HOME}, a site, or null), repeats, what happens when a resource is unavailable, a remote mode, and
	 * where patients go next. A duration or delay written by profile has its laws in {@code durationByProfile} or
	 * {@code delayByProfile}, and {@code duration} or {@code delay} is then the {@code otherwise} law (null without
	 * one). A decision ({@code step Triage decides branch {...}}) has no resource, no duration and a branch route.
	 * {@code resources} include those the step seizes; of them, {@code seizes} stay held after the step, until a
	 * later step {@code releases} them at its end.
	 */
	public record Step(String id, String name, String pathway, boolean decision, List<String> resources,
			List<String> seizes, List<String> releases, Distribution duration, List<ProfileLaw> durationByProfile, Distribution delay, List<ProfileLaw> delayByProfile,
			String setting, Repeat repeat, Policy policy, RemoteMode remote, Route route, SourcePosition position)
			implements Serializable {

		private static final long serialVersionUID = 1L;

		public static final String AT_HOME = "home";

		public Step {
			resources = List.copyOf(resources);
			seizes = List.copyOf(seizes);
			releases = List.copyOf(releases);
			durationByProfile = List.copyOf(durationByProfile);
			delayByProfile = List.copyOf(delayByProfile);
		}

		/** The duration of a session for a patient of {@code profile}; null for a decision. */
		public Distribution duration(String profile) {
			return ProfileLaw.of(durationByProfile, profile, duration);
		}

		/** The planned delay for a patient of {@code profile}; null when there is none. */
		public Distribution delay(String profile) {
			return ProfileLaw.of(delayByProfile, profile, delay);
		}

		Step withRepeat(Repeat newRepeat) {
			return new Step(id, name, pathway, decision, resources, seizes, releases, duration, durationByProfile, delay, delayByProfile,
					setting, newRepeat, policy, remote, route, position);
		}

		Step withRemote(RemoteMode newRemote) {
			return new Step(id, name, pathway, decision, resources, seizes, releases, duration, durationByProfile, delay, delayByProfile,
					setting, repeat, policy, newRemote, route, position);
		}

		/** Every on-site duration (or every planned delay) of the step times {@code factor}. */
		Step withTimesScaled(boolean delays, double factor) {
			if (delays) {
				return new Step(id, name, pathway, decision, resources, seizes, releases, duration, durationByProfile,
						Distribution.scaled(delay, factor), ProfileLaw.scaled(delayByProfile, factor), setting, repeat, policy, remote,
						route, position);
			}
			return new Step(id, name, pathway, decision, resources, seizes, releases, Distribution.scaled(duration, factor),
					ProfileLaw.scaled(durationByProfile, factor), delay, delayByProfile, setting, repeat, policy, remote, route,
					position);
		}

		Step withRoute(Route newRoute) {
			return new Step(id, name, pathway, decision, resources, seizes, releases, duration, durationByProfile, delay, delayByProfile,
					setting, repeat, policy, remote, newRoute, position);
		}
	}

	/** The law of one profile in a duration written by profile ({@code Hip: lognormal(...)}). */
	public record ProfileLaw(String profile, Distribution law) implements Serializable {

		private static final long serialVersionUID = 1L;

		static List<ProfileLaw> scaled(List<ProfileLaw> laws, double factor) {
			return laws.stream().map(l -> new ProfileLaw(l.profile(), Distribution.scaled(l.law(), factor))).toList();
		}

		/** The law of {@code profile} among {@code laws}, else {@code otherwise}. */
		static Distribution of(List<ProfileLaw> laws, String profile, Distribution otherwise) {
			return laws.stream().filter(l -> l.profile().equals(profile)).findFirst().map(ProfileLaw::law).orElse(otherwise);
		}
	}

	/**
	 * {@code repeat N every INTERVAL} or {@code repeat Hip: 15 Knee: 25 every ...} (then {@code count} is 0 and a
	 * profile not listed has one session), scaled by {@code factor} (innovations change it; 1 as written).
	 */
	public record Repeat(int count, List<ProfileCount> countsByProfile, Distribution interval, double factor)
			implements Serializable {

		private static final long serialVersionUID = 1L;

		public Repeat {
			countsByProfile = List.copyOf(countsByProfile);
		}

		Repeat scaledBy(double change) {
			return new Repeat(count, countsByProfile, interval, factor * change);
		}
	}

	public record ProfileCount(String profile, int count) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	/** What happens to a patient who finds a resource busy or closed. */
	public sealed interface Policy extends Serializable {
	}

	/**
	 * Wait in the queue, by the attribute {@code priority} (higher first) when it is not null, else by {@code rank}
	 * or the rank of the patient's profile in {@code ranksByProfile} (0 for a profile not listed); at most
	 * {@code patience}, then {@code afterPatience} (a {@link Lose} or {@link Redirect}), when they are not null.
	 */
	public record Wait(String priority, int rank, List<ProfileCount> ranksByProfile, Distribution patience,
			Policy afterPatience) implements Policy {
		private static final long serialVersionUID = 1L;
	}

	public record Lose(String reason) implements Policy {
		private static final long serialVersionUID = 1L;
	}

	/** Go to step {@code step} (an id). */
	public record Redirect(String step) implements Policy {
		private static final long serialVersionUID = 1L;
	}

	/**
	 * A remote mode: its resources (the step's own when empty), duration (the {@code otherwise} law when written by
	 * profile, the profiles' own in {@code durationByProfile}), adoption among eligible patients, who is eligible
	 * (everyone when null) and which profiles prefer it.
	 */
	public record RemoteMode(String name, List<String> resources, Distribution duration, List<ProfileLaw> durationByProfile,
			double adoption, Condition eligibility, List<String> preferredBy) implements Serializable {

		private static final long serialVersionUID = 1L;

		public RemoteMode {
			resources = List.copyOf(resources);
			durationByProfile = List.copyOf(durationByProfile);
			preferredBy = List.copyOf(preferredBy);
		}

		/** The duration of a remote session for a patient of {@code profile}. */
		public Distribution duration(String profile) {
			return ProfileLaw.of(durationByProfile, profile, duration);
		}

		RemoteMode adoptedBy(double newAdoption, Condition newEligibility) {
			return new RemoteMode(name, resources, duration, durationByProfile, newAdoption, newEligibility, preferredBy);
		}
	}

	/** {@code attribute comparison value}, the value in hours when a time unit was written. */
	public record Condition(String attribute, String comparison, double value) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	/** Where patients go after a step. */
	public sealed interface Route extends Serializable {
	}

	/** To step {@code step} (an id): written {@code then S}, or the next step of the pathway. */
	public record Next(String step) implements Route {
		private static final long serialVersionUID = 1L;
	}

	/** The pathway ends. */
	public record End() implements Route {
		private static final long serialVersionUID = 1L;
	}

	/**
	 * {@code then branch { ... }}: its targets (step ids, those a scenario adds included), one row of shares per
	 * profile of the cohort (aligned with the targets), and the cases decided by a condition on the patient, which
	 * come first.
	 */
	public record Branch(List<String> targets, List<BranchRow> byProfile, List<ConditionalCase> conditional)
			implements Route {

		private static final long serialVersionUID = 1L;

		public Branch {
			targets = List.copyOf(targets);
			byProfile = List.copyOf(byProfile);
			conditional = List.copyOf(conditional);
		}
	}

	/** The shares of each branch target for the profile {@code profile} (null when the cohort has none). */
	public record BranchRow(String profile, List<Double> shares) implements Serializable {

		private static final long serialVersionUID = 1L;

		public BranchRow {
			shares = List.copyOf(shares);
		}
	}

	public record ConditionalCase(Condition condition, List<Double> shares) implements Serializable {

		private static final long serialVersionUID = 1L;

		public ConditionalCase {
			shares = List.copyOf(shares);
		}
	}

	/**
	 * A duration or delay: its law ({@code fixed} for a plain quantity, else the law's name), parameters in hours
	 * (for those written with a time unit), its mean in hours, and the text written.
	 */
	public record Distribution(String law, List<Parameter> parameters, double mean, String written) implements Serializable {

		private static final long serialVersionUID = 1L;

		public static final String FIXED = "fixed";

		public Distribution {
			parameters = List.copyOf(parameters);
		}

		/**
		 * The law of {@code factor} times a value drawn from {@code law} (null stays null): every parameter that is a
		 * time is scaled, a Weibull's shape is not.
		 */
		static Distribution scaled(Distribution law, double factor) {
			if (law == null || factor == 1) {
				return law;
			}
			return new Distribution(law.law(), law.parameters().stream()
					.map(p -> "shape".equals(p.name()) ? p : new Parameter(p.name(), p.value() * factor, p.weight())).toList(),
					law.mean() * factor, law.written() + " x " + factor);
		}
	}

	/** A parameter (name null when positional), its value, and its weight in an empirical law (1 unless written). */
	public record Parameter(String name, double value, double weight) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	// ---------------------------------------------------------------- innovations and scenarios

	public record Innovation(String name, String title, List<InnovationChange> changes, SourcePosition position)
			implements Serializable {

		private static final long serialVersionUID = 1L;

		public Innovation {
			changes = List.copyOf(changes);
		}
	}

	public sealed interface InnovationChange extends Serializable {
	}

	/** {@code Step remote Mode for 70% where ...}: the mode's adoption, and who is eligible when a condition is given. */
	public record RemoteAdoption(String step, String mode, double adoption, Condition eligibility)
			implements InnovationChange, ScenarioChange {
		private static final long serialVersionUID = 1L;
	}

	/** {@code Step repeat -20%}: the sessions are multiplied by {@code factor} (0.8). */
	public record RepeatChange(String step, double factor) implements InnovationChange, ScenarioChange {
		private static final long serialVersionUID = 1L;
	}

	/** A scenario: the one it extends (null for none) and its own changes, applied in order after the parent's. */
	public record Scenario(String name, String parent, List<ScenarioChange> changes, SourcePosition position)
			implements Serializable {

		private static final long serialVersionUID = 1L;

		public Scenario {
			changes = List.copyOf(changes);
		}
	}

	public sealed interface ScenarioChange extends Serializable {
	}

	/** {@code apply A, B}: the changes of each innovation, in order. */
	public record Apply(List<String> innovations) implements ScenarioChange {

		private static final long serialVersionUID = 1L;

		public Apply {
			innovations = List.copyOf(innovations);
		}
	}

	/**
	 * {@code arrivals [of Cohort] [in Zone] +20%}: the arrival rate of one cohort (null: of every cohort) times
	 * {@code factor}; with a {@code zone} (its index in the territory, -1 for none) only the rate written for that zone.
	 */
	public record ArrivalsOverride(String cohort, int zone, double factor) implements ScenarioChange {
		private static final long serialVersionUID = 1L;
	}

	/** {@code Step takes +10%} or {@code Step after -50%}: its durations (or planned delays) times {@code factor}. */
	public record StepTimeOverride(String step, boolean delay, double factor) implements ScenarioChange {
		private static final long serialVersionUID = 1L;
	}

	/**
	 * {@code from week 10 to week 14: Nurse count -30%, arrivals +100%}: changes between two times of the run (hours),
	 * the factors of resource counts ({@code resource} set) or of arrival rates ({@code cohort}, null for every one).
	 */
	public record Disruption(double fromHours, double toHours, List<WindowChange> changes) implements ScenarioChange {

		private static final long serialVersionUID = 1L;

		public Disruption {
			changes = List.copyOf(changes);
		}
	}

	/** One change of a disruption: a resource's units or a cohort's arrival rate (every cohort's when both are null). */
	public record WindowChange(String resource, String cohort, double factor) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	/** {@code Resource calendar Other}: the resource opens at the hours of another calendar. */
	public record CalendarOverride(String resource, String calendar) implements ScenarioChange {
		private static final long serialVersionUID = 1L;
	}

	public record CountOverride(String resource, int count) implements ScenarioChange {
		private static final long serialVersionUID = 1L;
	}

	public record ShareOverride(String resource, double share) implements ScenarioChange {
		private static final long serialVersionUID = 1L;
	}

	/** {@code branch after S: ...}: new rows for the profiles its cases concern (all of them for a case without profile). */
	public record BranchOverride(String step, List<BranchRow> rows) implements ScenarioChange {

		private static final long serialVersionUID = 1L;

		public BranchOverride {
			rows = List.copyOf(rows);
		}
	}

	// ---------------------------------------------------------------- experiments

	/**
	 * What an experiment runs: its scenarios (all of the model's when it names none, {@code Baseline} when there are
	 * none), horizon and warm-up in hours, replications, seed, and the KPIs reported as written.
	 */
	public record Experiment(String name, List<String> scenarios, double horizonHours, double warmupHours,
			int replications, long seed, List<String> reported, SourcePosition position) implements Serializable {

		private static final long serialVersionUID = 1L;

		public Experiment {
			scenarios = List.copyOf(scenarios);
			reported = List.copyOf(reported);
		}
	}
}
