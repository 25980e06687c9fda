package org.caretwin.lang.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.caretwin.lang.interpret.ExperimentScenarios;
import org.caretwin.lang.model.ResolvedModel.Apply;
import org.caretwin.lang.model.ResolvedModel.Arrivals;
import org.caretwin.lang.model.ResolvedModel.ArrivalsOverride;
import org.caretwin.lang.model.ResolvedModel.Branch;
import org.caretwin.lang.model.ResolvedModel.BranchOverride;
import org.caretwin.lang.model.ResolvedModel.BranchRow;
import org.caretwin.lang.model.ResolvedModel.CalendarOverride;
import org.caretwin.lang.model.ResolvedModel.Cohort;
import org.caretwin.lang.model.ResolvedModel.Count;
import org.caretwin.lang.model.ResolvedModel.CountOverride;
import org.caretwin.lang.model.ResolvedModel.Disruption;
import org.caretwin.lang.model.ResolvedModel.Innovation;
import org.caretwin.lang.model.ResolvedModel.InnovationChange;
import org.caretwin.lang.model.ResolvedModel.Pathway;
import org.caretwin.lang.model.ResolvedModel.PoissonArrivals;
import org.caretwin.lang.model.ResolvedModel.RemoteAdoption;
import org.caretwin.lang.model.ResolvedModel.RenewalArrivals;
import org.caretwin.lang.model.ResolvedModel.RepeatChange;
import org.caretwin.lang.model.ResolvedModel.Resource;
import org.caretwin.lang.model.ResolvedModel.Scenario;
import org.caretwin.lang.model.ResolvedModel.ScenarioChange;
import org.caretwin.lang.model.ResolvedModel.ShareOverride;
import org.caretwin.lang.model.ResolvedModel.Step;
import org.caretwin.lang.model.ResolvedModel.StepTimeOverride;
import org.caretwin.lang.model.ResolvedModel.ZonalArrivals;

/**
 * A scenario's changes applied to a model: those of the scenarios it extends first, then its own in order. This is
 * the generated {@code settings(scenario)}, on the records: counts and shares replace the written ones, a branch
 * override replaces the rows of the profiles it names, an adoption replaces the remote mode's adoption (and
 * eligibility when a condition is given), a repeat change multiplies the sessions, an arrivals change the arrival
 * rates, a time change the durations or delays of a step.
 */
final class ScenarioApplication {

	/** The scenario a model without scenarios runs. */
	static final String DEFAULT_SCENARIO = ExperimentScenarios.DEFAULT;

	private ResolvedModel model;

	private ScenarioApplication(ResolvedModel model) {
		this.model = model;
	}

	static ResolvedModel apply(ResolvedModel model, String scenario) {
		if (model.scenarios().isEmpty() && DEFAULT_SCENARIO.equals(scenario)) {
			return model;
		}
		ScenarioApplication application = new ScenarioApplication(model);
		for (Scenario applied : chain(model, scenario)) {
			applied.changes().forEach(application::apply);
		}
		return application.model;
	}

	/** {@code scenario} and the scenarios it extends, the farthest first. */
	private static List<Scenario> chain(ResolvedModel model, String scenario) {
		Deque<Scenario> chain = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		for (String name = scenario; name != null && seen.add(name);) {
			Scenario found = model.scenario(name).orElseThrow(() -> new IllegalArgumentException("unknown scenario " + scenario));
			chain.addFirst(found);
			name = found.parent();
		}
		return List.copyOf(chain);
	}

	private void apply(ScenarioChange change) {
		switch (change) {
		case Apply apply -> {
			for (String name : apply.innovations()) {
				Innovation innovation = model.innovation(name).orElseThrow();
				innovation.changes().forEach(this::apply);
			}
		}
		case CountOverride count -> resource(count.resource(), r -> r.withSupply(new Count(count.count())));
		case ShareOverride share -> resource(share.resource(), r -> r.withShare(share.share()));
		case CalendarOverride calendar -> resource(calendar.resource(), r -> r.withCalendar(calendar.calendar()));
		case BranchOverride branch -> step(branch.step(), s -> s.route() instanceof Branch written
				? s.withRoute(withRows(written, branch.rows())) : s);
		case ArrivalsOverride arrivals when arrivals.zone() >= 0 -> cohorts(arrivals.cohort(), c -> c.arrivals() instanceof ZonalArrivals z
				? c.withArrivals(scaledIn(z, arrivals.zone(), arrivals.factor())) : c);
		case ArrivalsOverride arrivals -> cohorts(arrivals.cohort(), c -> c.withArrivals(scaled(c.arrivals(), arrivals.factor())));
		case StepTimeOverride time -> step(time.step(), s -> s.withTimesScaled(time.delay(), time.factor()));
		case RemoteAdoption adoption -> apply((InnovationChange) adoption);
		case RepeatChange repeat -> apply((InnovationChange) repeat);
		case Disruption disruption -> {
			// A window of weeks: static sizing gives the written year's figures, the simulation the window.
		}
		}
	}

	private void apply(InnovationChange change) {
		switch (change) {
		case RemoteAdoption adoption -> step(adoption.step(), s -> s.remote() == null ? s
				: s.withRemote(s.remote().adoptedBy(adoption.adoption(),
						adoption.eligibility() != null ? adoption.eligibility() : s.remote().eligibility())));
		case RepeatChange repeat -> step(repeat.step(), s -> s.repeat() == null ? s : s.withRepeat(s.repeat().scaledBy(repeat.factor())));
		}
	}

	/** Arrivals {@code factor} times as frequent; schedules and series are refused by the validator and kept here. */
	private static Arrivals scaled(Arrivals arrivals, double factor) {
		return switch (arrivals) {
		case PoissonArrivals p -> new PoissonArrivals(p.rate() * factor, p.unit(), p.meanGapHours() / factor, p.territory(),
				p.monthlyFactors());
		case ZonalArrivals z -> new ZonalArrivals(z.ratePerHour().stream().map(r -> r * factor).toList());
		case RenewalArrivals r -> new RenewalArrivals(ResolvedModel.Distribution.scaled(r.gap(), 1 / factor));
		default -> arrivals;
		};
	}

	/** The rate of one zone {@code factor} times as frequent, the others as written. */
	private static ZonalArrivals scaledIn(ZonalArrivals arrivals, int zone, double factor) {
		List<Double> rates = new ArrayList<>(arrivals.ratePerHour());
		rates.set(zone, rates.get(zone) * factor);
		return new ZonalArrivals(rates);
	}

	private static Branch withRows(Branch branch, List<BranchRow> overrides) {
		List<BranchRow> rows = new ArrayList<>(branch.byProfile());
		for (BranchRow override : overrides) {
			for (int p = 0; p < rows.size(); p++) {
				if (Objects.equals(override.profile(), rows.get(p).profile())) {
					rows.set(p, override);
				}
			}
		}
		return new Branch(branch.targets(), rows, branch.conditional());
	}

	private void resource(String name, UnaryOperator<Resource> change) {
		model = new ResolvedModel(model.folder(), model.files(), model.territory(), model.calendars(),
				model.resources().stream().map(r -> r.name().equals(name) ? change.apply(r) : r).toList(), model.cohorts(),
				model.pathways(), model.innovations(), model.scenarios(), model.experiments());
	}

	/** Changes the cohort named {@code name}, or every cohort when it is null. */
	private void cohorts(String name, UnaryOperator<Cohort> change) {
		model = new ResolvedModel(model.folder(), model.files(), model.territory(), model.calendars(), model.resources(),
				model.cohorts().stream().map(c -> name == null || c.name().equals(name) ? change.apply(c) : c).toList(),
				model.pathways(), model.innovations(), model.scenarios(), model.experiments());
	}

	private void step(String id, UnaryOperator<Step> change) {
		List<Pathway> pathways = model.pathways().stream().map(p -> new Pathway(p.name(), p.cohort(),
				p.steps().stream().map(s -> s.id().equals(id) ? change.apply(s) : s).toList(), p.position())).toList();
		model = new ResolvedModel(model.folder(), model.files(), model.territory(), model.calendars(), model.resources(),
				model.cohorts(), pathways, model.innovations(), model.scenarios(), model.experiments());
	}
}
