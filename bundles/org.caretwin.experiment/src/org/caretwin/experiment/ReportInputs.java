package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.caretwin.lang.generator.StepNames;
import org.caretwin.lang.model.ResolvedModel;

/** The inputs of a model as a decision-maker reads them: resources, arrivals, and what each scenario changes. */
final class ReportInputs {

	private ReportInputs() {
	}

	static void append(StringBuilder html, ResolvedModel model) {
		html.append("<h2>Inputs</h2><div class=\"wide\"><table><tr><th>resource</th><th>supply</th><th>at</th><th>calendar</th></tr>");
		for (ResolvedModel.Resource r : model.resources()) {
			html.append("<tr><td>").append(Html.escape(r.name())).append("</td><td>").append(Html.escape(supply(r)))
					.append("</td><td>").append(Html.escape(r.site() != null ? r.site() : r.zone() != null ? r.zone() : ""))
					.append("</td><td>").append(Html.escape(r.calendar() == null ? "always open" : r.calendar())).append("</td></tr>");
		}
		html.append("</table></div>\n<div class=\"wide\"><table><tr><th>cohort</th><th>arrivals</th><th>profiles</th></tr>");
		for (ResolvedModel.Cohort c : model.cohorts()) {
			List<String> profiles = c.profiles().stream()
					.map(p -> p.name() + " " + amount(p.share() * 100) + " %").toList();
			html.append("<tr><td>").append(Html.escape(c.name())).append("</td><td>").append(Html.escape(arrivals(c.arrivals())))
					.append("</td><td>").append(Html.escape(String.join(", ", profiles))).append("</td></tr>");
		}
		html.append("</table></div>\n");
		if (!model.scenarios().isEmpty()) {
			html.append("<div class=\"wide\"><table><tr><th>scenario</th><th>extends</th><th>changes</th></tr>");
			for (ResolvedModel.Scenario s : model.scenarios()) {
				html.append("<tr><td>").append(Html.escape(s.name())).append("</td><td>")
						.append(Html.escape(s.parent() == null ? "" : s.parent())).append("</td><td>")
						.append(Html.escape(s.changes().isEmpty() ? "none: the model as written" : changes(model, s))).append("</td></tr>");
			}
			html.append("</table></div>\n");
		}
	}

	/** An input as the modeller wrote it, without the trailing zeros of a result: 82, 2 %, 1.5. */
	private static String amount(double value) {
		return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
	}

	private static String supply(ResolvedModel.Resource r) {
		String supply = switch (r.supply()) {
		case ResolvedModel.Count count -> count.units() + (count.units() == 1 ? " unit" : " units");
		case ResolvedModel.Density density -> amount(density.units()) + " per " + String.format(Locale.ROOT, "%,d",
				density.perInhabitants()) + " inhabitants";
		case ResolvedModel.Unlimited unlimited -> "unlimited";
		default -> r.supply().toString();
		};
		return r.share() < 1 ? supply + ", share " + amount(r.share() * 100) + " %" : supply;
	}

	private static String arrivals(ResolvedModel.Arrivals arrivals) {
		return switch (arrivals) {
		case ResolvedModel.PoissonArrivals p -> amount(p.rate()) + " per " + p.unit() + " (Poisson)";
		case ResolvedModel.ZonalArrivals z -> "per zone, " + amount(z.ratePerHour().stream().mapToDouble(Double::doubleValue)
				.sum() * 24 * 365) + " a year in all (Poisson)";
		case ResolvedModel.RenewalArrivals r -> "every " + r.gap().written();
		case ResolvedModel.ScheduledArrivals s -> s.slots().size() + " scheduled slots a week";
		case ResolvedModel.SeriesArrivals s -> "from " + s.file() + " (" + s.dailyCounts().size() + " days)";
		default -> arrivals.toString();
		};
	}

	/** A scenario's changes as the modeller wrote them, e.g. {@code arrivals of Hips in North +20%}. */
	private static String changes(ResolvedModel model, ResolvedModel.Scenario scenario) {
		List<String> texts = new ArrayList<>();
		for (ResolvedModel.ScenarioChange change : scenario.changes()) {
			texts.add(switch (change) {
			case ResolvedModel.Apply apply -> "apply " + String.join(", ", apply.innovations());
			case ResolvedModel.CountOverride count -> count.resource() + " count " + count.count();
			case ResolvedModel.ShareOverride share -> share.resource() + " share " + amount(share.share() * 100) + " %";
			case ResolvedModel.BranchOverride branch -> "branch after " + branch.step();
			case ResolvedModel.ArrivalsOverride arrivals -> "arrivals" + (arrivals.cohort() == null ? "" : " of " + arrivals.cohort())
					+ (arrivals.zone() < 0 ? "" : " in " + model.territory().zones().get(arrivals.zone()).name()) + " "
					+ percentChange(arrivals.factor());
			case ResolvedModel.StepTimeOverride time -> stepName(model, time.step()) + (time.delay() ? " after " : " takes ")
					+ percentChange(time.factor());
			case ResolvedModel.CalendarOverride calendar -> calendar.resource() + " calendar " + calendar.calendar();
			case ResolvedModel.Disruption window -> "from " + time(window.fromHours()) + " to " + time(window.toHours()) + ": "
					+ String.join(", ", window.changes().stream().map(c -> (c.resource() != null ? c.resource() + " count"
							: "arrivals" + (c.cohort() == null ? "" : " of " + c.cohort())) + " " + percentChange(c.factor())).toList());
			// every kind of change is written above; the compiler of the build does not see the sealed hierarchy as closed
			default -> change.toString();
			});
		}
		return String.join("; ", texts);
	}

	/** A step as the modeller writes it: qualified by its pathway only when the model has several. */
	private static String stepName(ResolvedModel model, String stepId) {
		return new StepNames(model.pathways().stream().flatMap(p -> p.steps().stream()).map(ResolvedModel.Step::id).toList())
				.engineName(stepId);
	}

	/** A factor as the change a scenario writes: 1.2 is +20%, 0.5 is -50%. */
	private static String percentChange(double factor) {
		double percent = (factor - 1) * 100;
		return (percent >= 0 ? "+" : "") + amount(percent) + "%";
	}

	/** A time of the run in weeks when it is whole weeks, else in days. */
	private static String time(double hours) {
		double weeks = hours / (24 * 7);
		return Math.abs(weeks - Math.rint(weeks)) < 1e-9 ? "week " + (long) Math.rint(weeks) : "day " + amount(hours / 24);
	}
}
