package org.caretwin.lang.model;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.lang.care.Calendar;
import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Count;
import org.caretwin.lang.care.Density;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Opening;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.care.Territory;
import org.caretwin.lang.care.TimeRange;
import org.caretwin.lang.generator.Units;
import org.caretwin.lang.interpret.BranchShares;
import org.caretwin.lang.interpret.ExperimentScenarios;
import org.caretwin.lang.interpret.ModelIndex;
import org.caretwin.lang.interpret.Tariffs;
import org.caretwin.lang.interpret.Weekdays;
import org.caretwin.lang.model.ResolvedModel.Site;
import org.caretwin.lang.model.ResolvedModel.Supply;
import org.caretwin.lang.model.ResolvedModel.Travel;
import org.caretwin.lang.model.ResolvedModel.Zone;
import org.caretwin.lang.workspace.CheckedModel;
import org.eclipse.emf.common.util.URI;

/**
 * Builds the {@link ResolvedModel} of a model from its syntax trees, reading its files through the workspace service
 * ({@link org.caretwin.lang.workspace.ModelFiles}, as the generator does) and interpreting them with the generator's
 * own rules ({@link org.caretwin.lang.interpret}). Give it a model without errors: names must resolve.
 */
public final class ResolvedModelBuilder {

	private final ModelIndex index;

	private ResolvedModelBuilder(ModelIndex index) {
		this.index = index;
	}

	/** The resolved model of a checked model (the .care files of one folder). */
	public static ResolvedModel of(CheckedModel checked) {
		if (checked.hasErrors()) {
			throw new IllegalArgumentException(checked.folder() + " has errors; a model with errors cannot be resolved");
		}
		if (checked.models().isEmpty()) {
			throw new IllegalArgumentException(checked.folder() + " holds no model");
		}
		return of(checked.models().get(0).eResource());
	}

	/** The resolved model {@code member}, one of its files, belongs to. */
	public static ResolvedModel of(org.eclipse.emf.ecore.resource.Resource member) {
		return new ResolvedModelBuilder(ModelIndex.of(member)).build(member);
	}

	private ResolvedModel build(org.eclipse.emf.ecore.resource.Resource member) {
		ResolvedModel.Territory territory = territory();
		PathwayResolver pathways = new PathwayResolver(new BranchShares(index));
		CohortResolver cohorts = new CohortResolver(index.territory() == null ? List.of() : index.territory().getZones());
		ScenarioResolver scenarios = new ScenarioResolver(pathways);
		List<String> files = index.files.stream().map(f -> URI.decode(f.getURI().lastSegment())).toList();
		URI folder = member.getURI().trimSegments(1);
		return new ResolvedModel(folder.isFile() ? folder.toFileString() : folder.toString(), files, territory,
				index.calendars.stream().map(ResolvedModelBuilder::calendar).toList(),
				index.resources.stream().map(this::resource).toList(),
				index.cohorts.stream().map(cohorts::cohort).toList(),
				index.pathways.stream().map(pathways::pathway).toList(),
				index.innovations.stream().map(ScenarioResolver::innovation).toList(),
				index.scenarios.stream().map(scenarios::scenario).toList(),
				index.experiments.stream().map(this::experiment).toList());
	}

	private ResolvedModel.Territory territory() {
		Territory territory = index.territory();
		if (territory == null) {
			return ResolvedModel.Territory.implicit();
		}
		return new ResolvedModel.Territory(territory.getName(), territory.getTitle(),
				territory.getZones().stream().map(z -> new Zone(z.getName(), z.getPopulation(), Positions.of(z))).toList(),
				territory.getTravels().stream().map(t -> new Travel(t.getFrom().getName(), t.getTo().getName(),
						t.getTime().getValue() * Units.hours(t.getTime().getUnit()))).toList(),
				territory.getSites().stream()
						.map(s -> new Site(s.getName(), s.getTitle(), s.getZone().getName(), Positions.of(s))).toList(),
				Positions.of(territory));
	}

	private static ResolvedModel.Calendar calendar(Calendar calendar) {
		List<ResolvedModel.Opening> openings = new ArrayList<>();
		for (Opening opening : calendar.getOpenings()) {
			for (int day : Weekdays.of(opening, opening.getFrom(), opening.getTo(), CarePackage.Literals.OPENING__TO)) {
				for (TimeRange range : opening.getHours()) {
					openings.add(new ResolvedModel.Opening(day, range.getFrom().getHour() + range.getFrom().getMinute() / 60.0,
							range.getTo().getHour() + range.getTo().getMinute() / 60.0));
				}
			}
		}
		return new ResolvedModel.Calendar(calendar.getName(), openings, calendar.getHolidays(), Positions.of(calendar));
	}

	private ResolvedModel.Resource resource(Resource resource) {
		Supply supply = switch (resource.getSupply()) {
		case Count count -> new ResolvedModel.Count(count.getValue());
		case Density density -> new ResolvedModel.Density(density.getValue(), density.getPer());
		default -> new ResolvedModel.Unlimited();
		};
		Tariffs tariffs = Tariffs.of(resource);
		return new ResolvedModel.Resource(resource.getName(), supply,
				resource.getShare() == null ? 1 : resource.getShare().getValue() / 100,
				resource.getSite() == null ? null : resource.getSite().getName(),
				resource.getSite() == null ? null : resource.getSite().getZone().getName(),
				resource.getCalendar() == null ? null : resource.getCalendar().getName(), tariffs.perHour(), tariffs.perAct(),
				Tariffs.actorOf(resource), Positions.of(resource));
	}

	private ResolvedModel.Experiment experiment(Experiment experiment) {
		double warmup = experiment.getWarmup() == null ? 0
				: experiment.getWarmup().getValue() * Units.hours(experiment.getWarmup().getUnit());
		return new ResolvedModel.Experiment(experiment.getName(), ExperimentScenarios.of(experiment, index),
				experiment.getHorizon().getValue() * Units.hours(experiment.getHorizon().getUnit()), warmup,
				experiment.getReplications(), experiment.getSeed(),
				experiment.getReported().stream().map(Positions::text).toList(), Positions.of(experiment));
	}
}
