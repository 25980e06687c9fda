package org.caretwin.lang.model;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.engine.TimeUnits;
import org.caretwin.lang.care.Apply;
import org.caretwin.lang.care.ArrivalsOverride;
import org.caretwin.lang.care.BranchOverride;
import org.caretwin.lang.care.CalendarOverride;
import org.caretwin.lang.care.Change;
import org.caretwin.lang.care.CountOverride;
import org.caretwin.lang.care.Disruption;
import org.caretwin.lang.care.Innovation;
import org.caretwin.lang.care.InnovationOverride;
import org.caretwin.lang.care.RemoteAdoption;
import org.caretwin.lang.care.RepeatChange;
import org.caretwin.lang.care.Scenario;
import org.caretwin.lang.care.ScenarioChange;
import org.caretwin.lang.care.ShareOverride;
import org.caretwin.lang.care.StepTimeOverride;
import org.caretwin.lang.care.Territory;
import org.caretwin.lang.care.WindowArrivals;
import org.caretwin.lang.care.WindowChange;
import org.caretwin.lang.care.WindowCount;
import org.caretwin.lang.interpret.BranchShares;
import org.caretwin.lang.interpret.Factors;
import org.caretwin.lang.model.ResolvedModel.BranchRow;
import org.caretwin.lang.model.ResolvedModel.InnovationChange;

/** Innovations and scenarios as records: what each changes, values as the generated settings hold them. */
final class ScenarioResolver {

	private final PathwayResolver pathways;

	ScenarioResolver(PathwayResolver pathways) {
		this.pathways = pathways;
	}

	static ResolvedModel.Innovation innovation(Innovation innovation) {
		return new ResolvedModel.Innovation(innovation.getName(), innovation.getTitle(),
				innovation.getChanges().stream().map(ScenarioResolver::change).toList(), Positions.of(innovation));
	}

	private static InnovationChange change(Change change) {
		return switch (change) {
		case RemoteAdoption adoption -> new ResolvedModel.RemoteAdoption(PathwayResolver.id(adoption.getStep()),
				adoption.getMode(), adoption.getAdoption().getValue() / 100, PathwayResolver.condition(adoption.getCondition()));
		case RepeatChange repeat -> new ResolvedModel.RepeatChange(PathwayResolver.id(repeat.getStep()),
				Factors.of(repeat.getChange()));
		default -> throw new IllegalStateException("unexpected innovation change " + change);
		};
	}

	ResolvedModel.Scenario scenario(Scenario scenario) {
		return new ResolvedModel.Scenario(scenario.getName(), scenario.getParent() == null ? null : scenario.getParent().getName(),
				scenario.getChanges().stream().map(this::change).toList(), Positions.of(scenario));
	}

	private ResolvedModel.ScenarioChange change(ScenarioChange change) {
		return switch (change) {
		case Apply apply -> new ResolvedModel.Apply(apply.getInnovations().stream().map(Innovation::getName).toList());
		case ShareOverride share -> new ResolvedModel.ShareOverride(share.getResource().getName(),
				share.getShare().getValue() / 100);
		case CountOverride count -> new ResolvedModel.CountOverride(count.getResource().getName(), count.getCount());
		case CalendarOverride calendar -> new ResolvedModel.CalendarOverride(calendar.getResource().getName(),
				calendar.getCalendar().getName());
		case BranchOverride branch -> new ResolvedModel.BranchOverride(PathwayResolver.id(branch.getStep()), overridden(branch));
		case ArrivalsOverride arrivals -> new ResolvedModel.ArrivalsOverride(
				arrivals.getCohort() == null ? null : arrivals.getCohort().getName(),
				arrivals.getZone() == null ? -1 : ((Territory) arrivals.getZone().eContainer()).getZones().indexOf(arrivals.getZone()),
				Factors.of(arrivals.getChange()));
		case StepTimeOverride time -> new ResolvedModel.StepTimeOverride(PathwayResolver.id(time.getStep()), time.isDelay(),
				Factors.of(time.getChange()));
		case InnovationOverride innovation -> (ResolvedModel.ScenarioChange) change(innovation.getChange());
		case Disruption disruption -> new ResolvedModel.Disruption(disruption.getFrom() * TimeUnits.WEEK,
				disruption.getTo() * TimeUnits.WEEK, disruption.getChanges().stream().map(ScenarioResolver::windowChange).toList());
		default -> throw new IllegalStateException("unexpected scenario change " + change);
		};
	}

	private static ResolvedModel.WindowChange windowChange(WindowChange change) {
		return switch (change) {
		case WindowCount count -> new ResolvedModel.WindowChange(count.getResource().getName(), null, Factors.of(count.getChange()));
		case WindowArrivals arrivals -> new ResolvedModel.WindowChange(null,
				arrivals.getCohort() == null ? null : arrivals.getCohort().getName(), Factors.of(arrivals.getChange()));
		default -> throw new IllegalStateException("unexpected window change " + change);
		};
	}

	/** The rows of the profiles the override concerns. */
	private List<BranchRow> overridden(BranchOverride branch) {
		List<BranchRow> all = pathways.rows(branch.getStep(), branch.getCases());
		List<BranchRow> rows = new ArrayList<>();
		for (int p = 0; p < all.size(); p++) {
			if (BranchShares.overrides(branch, p)) {
				rows.add(all.get(p));
			}
		}
		return rows;
	}
}
