package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.caretwin.engine.TimeUnits;
import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.lang.sizing.SizingLine;

/**
 * The Vega-Lite specs of an experiment's charts, data inlined, for the HTML report and the IDE's result view alike: KPI
 * means with their 95% intervals, weekly utilisation with its band over replications, waiting-time distributions, the
 * occupancy of one week and the load of the capacity sizing. Every name from the model is written with {@link Json#string}, so none can break a spec or the page
 * that holds it.
 */
public final class ChartSpecs {

	/** One chart: a title for people and its Vega-Lite spec, as JSON text. */
	public record Chart(String title, String spec) {
	}

	/** Scenario colours in the plan's order, the same in every chart. */
	private static final List<String> COLOURS = List.of("#0f766e", "#c2410c", "#4338ca", "#a21caf", "#15803d", "#b45309");

	/** Resources that are never busier than this are left out of the utilisation chart. */
	private static final double IDLE = 0.01;

	private static final String CONFIG = """
			{"font":"DejaVu Sans, sans-serif","view":{"stroke":"#e2e8f0"},"legend":{"orient":"top","symbolOpacity":1},\
			"axis":{"labelColor":"#475569","titleColor":"#334155","gridColor":"#eef2f7"},\
			"header":{"labelFontWeight":"bold","labelColor":"#334155"}}""";

	private ChartSpecs() {
	}

	/** Every chart of {@code result}, in the order of the report. */
	public static List<Chart> all(ExperimentResult result, ScenarioDetails details) {
		List<Chart> charts = new ArrayList<>();
		kpis(result).ifPresent(charts::add);
		utilisation(result).ifPresent(charts::add);
		queues(result).ifPresent(charts::add);
		waits(result.plan(), details.observations()).ifPresent(charts::add);
		occupancy(result.plan(), details.observations()).ifPresent(charts::add);
		details.sizing().forEach((scenario, lines) -> load(scenario, lines).ifPresent(charts::add));
		return charts;
	}

	/** One panel per reported KPI: each scenario's mean with its 95% interval as whiskers. */
	public static Optional<Chart> kpis(ExperimentResult result) {
		List<String> scenarios = result.plan().scenarios();
		List<String> panels = new ArrayList<>();
		List<String> rows = new ArrayList<>();
		for (String kpi : ResultRows.shownKpis(result)) {
			String unit = KpiCatalogue.unitOf(kpi);
			String panel = unit.isEmpty() ? kpi : kpi + " (" + unit + ")";
			panels.add(panel);
			for (String scenario : scenarios) {
				ConfidenceInterval ci = result.interval(scenario, kpi);
				if (ci.n() > 0) {
					rows.add(new JsonObject().text("panel", panel).text("scenario", scenario).number("mean", ci.mean())
							.number("low", ci.low()).number("high", ci.high()).toString());
				}
			}
		}
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Chart("Indicators by scenario", """
				{"data":{"values":%s},\
				"facet":{"field":"panel","type":"nominal","title":null,"sort":%s},"columns":3,\
				"spec":{"width":210,"height":140,\
				"encoding":{"x":{"field":"scenario","type":"nominal","title":null,"sort":%s,"axis":{"labelAngle":-30,"labelLimit":120}},"color":%s},\
				"layer":[\
				{"mark":{"type":"errorbar","ticks":true},\
				"encoding":{"y":{"field":"low","type":"quantitative","title":null,"scale":{"zero":false}},"y2":{"field":"high"}}},\
				{"mark":{"type":"point","filled":true,"size":70,"opacity":1},\
				"encoding":{"y":{"field":"mean","type":"quantitative"},"tooltip":[{"field":"scenario"},\
				{"field":"mean","format":".4~g"},{"field":"low","title":"95%% CI low","format":".4~g"},\
				{"field":"high","title":"95%% CI high","format":".4~g"}]}}]},\
				"resolve":{"scale":{"y":"independent"}},"config":%s}"""
				.formatted(array(rows), strings(panels), strings(scenarios), scenarioColour(scenarios, true), CONFIG)));
	}

	/**
	 * Week-by-week utilisation of each resource (of each zone): the mean over replications as a line and its 95%
	 * interval as a band, per scenario, the warm-up shaded.
	 */
	public static Optional<Chart> utilisation(ExperimentResult result) {
		ExperimentPlan plan = result.plan();
		Map<String, List<String>> byResource = new LinkedHashMap<>();
		Set<String> busy = new LinkedHashSet<>();
		for (String scenario : plan.scenarios()) {
			for (ExperimentResult.WeeklyBand band : result.weeklyUtilisation(scenario)) {
				if (Arrays.stream(band.mean()).anyMatch(u -> u >= IDLE)) {
					busy.add(band.resource());
				}
				int weeks = band.mean().length;
				byResource.computeIfAbsent(band.resource(), r -> new ArrayList<>()).add(new JsonObject()
						.text("resource", band.resource()).text("scenario", scenario)
						.raw("week", array(IntStream.rangeClosed(1, weeks).mapToObj(Integer::toString).toList()))
						.raw("mean", numbers(band.mean())).raw("low", numbers(band.low())).raw("high", numbers(band.high()))
						.toString());
			}
		}
		List<String> rows = busy.stream().flatMap(resource -> byResource.get(resource).stream()).toList();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		// One shaded band per panel: drawn from a single row of the panel, so it is not stacked once per week.
		String warmup = plan.warmupHours() <= 0 ? "" : """
				{"transform":[{"filter":{"and":[{"field":"scenario","equal":%s},{"field":"week","equal":1}]}}],\
				"mark":{"type":"rect","color":"#94a3b8","opacity":0.22},\
				"encoding":{"x":{"datum":0,"type":"quantitative"},"x2":{"datum":%s},"tooltip":{"value":"warm-up"}}},"""
				.formatted(Json.scriptString(plan.scenarios().get(0)), Json.number(plan.warmupHours() / TimeUnits.WEEK));
		String colour = scenarioColour(plan.scenarios(), true);
		return Optional.of(new Chart("Utilisation over time", """
				{"data":{"values":%s},"transform":[{"flatten":["week","mean","low","high"]}],\
				"facet":{"field":"resource","type":"nominal","title":null,"sort":%s},"columns":3,\
				"spec":{"width":250,"height":130,"layer":[%s\
				{"mark":{"type":"area","opacity":0.22},\
				"encoding":{"x":{"field":"week","type":"quantitative","title":"week"},\
				"y":{"field":"low","type":"quantitative","title":null,"axis":{"format":".0%%"}},"y2":{"field":"high"},\
				"color":%s}},\
				{"mark":{"type":"line","strokeWidth":1.6},\
				"encoding":{"x":{"field":"week","type":"quantitative"},"y":{"field":"mean","type":"quantitative"},\
				"color":%s,"tooltip":[{"field":"scenario"},{"field":"week"},{"field":"mean","title":"mean","format":".1%%"},\
				{"field":"low","title":"95%% CI low","format":".1%%"},{"field":"high","title":"95%% CI high","format":".1%%"}]}}]},\
				"config":%s}"""
				.formatted(array(rows), strings(List.copyOf(busy)), warmup, colour, colour, CONFIG)));
	}

	/**
	 * Week-by-week queue (patients) and wait (days) of each step where patients wait: the mean over replications as a
	 * line and its 95% interval as a band, per scenario, the warm-up shaded; each panel has its own scale.
	 */
	public static Optional<Chart> queues(ExperimentResult result) {
		ExperimentPlan plan = result.plan();
		List<String> rows = new ArrayList<>();
		Set<String> panels = new LinkedHashSet<>();
		for (String scenario : plan.scenarios()) {
			for (ExperimentResult.WeeklyBand band : result.weeklyQueues(scenario)) {
				String panel = band.resource() + (band.resource().startsWith("queue(") ? " (patients)" : " (days)");
				panels.add(panel);
				rows.add(new JsonObject().text("series", panel).text("scenario", scenario)
						.raw("week", array(IntStream.rangeClosed(1, band.mean().length).mapToObj(Integer::toString).toList()))
						.raw("mean", numbers(band.mean())).raw("low", numbers(band.low())).raw("high", numbers(band.high()))
						.toString());
			}
		}
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		String warmup = plan.warmupHours() <= 0 ? "" : """
				{"transform":[{"filter":{"and":[{"field":"scenario","equal":%s},{"field":"week","equal":1}]}}],				"mark":{"type":"rect","color":"#94a3b8","opacity":0.22},				"encoding":{"x":{"datum":0,"type":"quantitative"},"x2":{"datum":%s},"tooltip":{"value":"warm-up"}}},"""
				.formatted(Json.scriptString(plan.scenarios().get(0)), Json.number(plan.warmupHours() / TimeUnits.WEEK));
		String colour = scenarioColour(plan.scenarios(), true);
		return Optional.of(new Chart("Queues and waits over time", """
				{"data":{"values":%s},"transform":[{"flatten":["week","mean","low","high"]},				{"filter":"isValid(datum.mean)"}],				"facet":{"field":"series","type":"nominal","title":null,"sort":%s},"columns":2,				"resolve":{"scale":{"y":"independent"}},				"spec":{"width":330,"height":130,"layer":[%s				{"mark":{"type":"area","opacity":0.22},				"encoding":{"x":{"field":"week","type":"quantitative","title":"week"},				"y":{"field":"low","type":"quantitative","title":null},"y2":{"field":"high"},"color":%s}},				{"mark":{"type":"line","strokeWidth":1.6},				"encoding":{"x":{"field":"week","type":"quantitative"},"y":{"field":"mean","type":"quantitative"},				"color":%s,"tooltip":[{"field":"scenario"},{"field":"week"},{"field":"mean","title":"mean","format":".3~g"},				{"field":"low","title":"95%% CI low","format":".3~g"},{"field":"high","title":"95%% CI high","format":".3~g"}]}}]},				"config":%s}"""
				.formatted(array(rows), strings(List.copyOf(panels)), warmup, colour, colour, CONFIG)));
	}

	/** Week values rounded to 4 decimals; a week without an interval (one replication) is {@code null}. */
	private static String numbers(double[] values) {
		return array(Arrays.stream(values).mapToObj(v -> Double.isNaN(v) ? "null" : Json.rounded(v, 4)).toList());
	}

	/** Box plots of the waiting times of each step where some patients wait, by scenario, replication 0 after warm-up. */
	public static Optional<Chart> waits(ExperimentPlan plan, Map<String, RunObservations> observations) {
		if (observations.isEmpty()) {
			return Optional.empty();
		}
		Map<String, List<String>> byStep = new LinkedHashMap<>();
		Set<String> waitingSteps = new LinkedHashSet<>();
		for (String scenario : plan.scenarios()) {
			observations.get(scenario).waitDays().forEach((step, waits) -> {
				if (waits.stream().anyMatch(w -> w > 1e-6)) {
					waitingSteps.add(step);
				}
				// The waits of a step go as one array, unrolled by the spec's flatten: far smaller than a row each.
				// So do the weeks of the utilisation chart.
				String days = String.join(",", waits.stream().map(w -> Json.rounded(w, 3)).toList());
				byStep.computeIfAbsent(step, s -> new ArrayList<>()).add(new JsonObject().text("step", step)
						.text("scenario", scenario).raw("wait", "[" + days + "]").toString());
			});
		}
		List<String> rows = waitingSteps.stream().flatMap(step -> byStep.get(step).stream()).toList();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Chart("Waiting times", """
				{"data":{"values":%s},"transform":[{"flatten":["wait"]}],\
				"facet":{"field":"step","type":"nominal","title":null,"sort":%s},"columns":2,\
				"spec":{"width":330,"height":{"step":24},\
				"mark":{"type":"boxplot","extent":"min-max","size":16},\
				"encoding":{"y":{"field":"scenario","type":"nominal","title":null,"sort":%s},\
				"x":{"field":"wait","type":"quantitative","title":"wait, days","axis":{"tickCount":6}},"color":%s}},\
				"resolve":{"scale":{"x":"independent"}},"config":%s}"""
				.formatted(array(rows), strings(List.copyOf(waitingSteps)), strings(plan.scenarios()),
						scenarioColour(plan.scenarios(), false), CONFIG)));
	}

	/**
	 * The resource-occupancy timeline of the first scenario's replication 0: one row per unit of each limited resource,
	 * a bar per session coloured by step, over the first whole week after the warm-up.
	 */
	public static Optional<Chart> occupancy(ExperimentPlan plan, Map<String, RunObservations> observations) {
		RunObservations first = observations.get(plan.scenarios().get(0));
		if (first == null) {
			return Optional.empty();
		}
		Occupancy occupancy = first.occupancy();
		List<Occupancy.Bar> bars = occupancy.bars();
		if (bars.isEmpty()) {
			return Optional.empty();
		}
		List<String> rows = new ArrayList<>();
		Set<String> units = new LinkedHashSet<>();
		for (Occupancy.Bar bar : bars) {
			units.add(bar.unit());
			rows.add(new JsonObject().text("unit", bar.unit()).text("step", bar.step()).raw("patient", Long.toString(bar.patient()))
					.text("start", EventLog.isoStamp(bar.start())).text("end", EventLog.isoStamp(bar.end())).toString());
		}
		String title = "Resource occupancy — " + plan.scenarios().get(0) + " (replication 0, days " + Math.round(occupancy.from() / TimeUnits.DAY)
				+ " to " + Math.round(occupancy.to() / TimeUnits.DAY) + (occupancy.truncated() ? ", first " + Occupancy.UNITS_PER_RESOURCE + " units of each resource shown)" : ")");
		return Optional.of(new Chart(title, """
				{"data":{"values":%s},"width":760,"height":{"step":14},\
				"mark":{"type":"bar","cornerRadius":2,"height":{"band":0.8}},\
				"encoding":{"y":{"field":"unit","type":"nominal","title":null,"sort":%s,"axis":{"labelLimit":220}},\
				"x":{"field":"start","type":"temporal","title":null,"axis":{"format":"%%a %%H:%%M","tickCount":14}},\
				"x2":{"field":"end"},\
				"color":{"field":"step","type":"nominal","title":"step","scale":{"scheme":"tableau20"}},\
				"tooltip":[{"field":"unit"},{"field":"step"},{"field":"patient"},\
				{"field":"start","type":"temporal","format":"%%a %%d %%b %%H:%%M"},{"field":"end","type":"temporal","format":"%%a %%d %%b %%H:%%M"}]},\
				"config":%s}"""
				.formatted(array(rows), strings(List.copyOf(units)), CONFIG)));
	}

	/** Heat map of the capacity sizing of one scenario: the load of each resource in each zone. */
	public static Optional<Chart> load(String scenario, List<SizingLine> lines) {
		Set<String> resources = new LinkedHashSet<>();
		Set<String> zones = new LinkedHashSet<>();
		List<String> rows = new ArrayList<>();
		for (SizingLine line : lines) {
			// Unlimited resources and those never open have no load to show.
			if (Double.isFinite(line.availableHours()) && Double.isFinite(line.load())) {
				resources.add(line.resource());
				zones.add(line.zone());
				rows.add(new JsonObject().text("resource", line.resource()).text("zone", line.zone())
						.raw("load", Json.rounded(line.load(), 4)).text("flag", line.flag()).toString());
			}
		}
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Chart("Capacity load — " + scenario, """
				{"data":{"values":%s},"width":{"step":64},"height":{"step":30},\
				"encoding":{"x":{"field":"resource","type":"nominal","title":null,"sort":%s,"axis":{"labelAngle":-30}},\
				"y":{"field":"zone","type":"nominal","title":null,"sort":%s}},\
				"layer":[\
				{"mark":"rect","encoding":{"color":{"field":"load","type":"quantitative","title":"load (demand / available)",\
				"scale":{"domain":[0,1.2],"scheme":"yelloworangered","clamp":true},"legend":{"format":".0%%"}},\
				"tooltip":[{"field":"resource"},{"field":"zone"},{"field":"load","format":".0%%"},{"field":"flag"}]}},\
				{"mark":{"type":"text","fontSize":11},"encoding":{"text":{"field":"load","format":".0%%"},\
				"color":{"condition":{"test":"datum.load > 0.8","value":"white"},"value":"#1f2937"}}}],\
				"config":%s}"""
				.formatted(array(rows), strings(List.copyOf(resources)), strings(List.copyOf(zones)), CONFIG)));
	}

	/** Colours by scenario: a fixed colour per scenario of the plan, whichever of them a chart shows. */
	private static String scenarioColour(List<String> scenarios, boolean legend) {
		List<String> colours = new ArrayList<>();
		for (int s = 0; s < scenarios.size(); s++) {
			colours.add(COLOURS.get(s % COLOURS.size()));
		}
		return new JsonObject().text("field", "scenario").text("type", "nominal").text("title", "scenario")
				.raw("scale", new JsonObject().raw("domain", strings(scenarios)).raw("range", strings(colours)).toString())
				.raw("legend", legend ? "{}" : "null").toString();
	}

	private static String strings(List<String> texts) {
		return array(texts.stream().map(Json::scriptString).toList());
	}

	private static String array(List<String> json) {
		return "[" + String.join(",", json) + "]";
	}
}
