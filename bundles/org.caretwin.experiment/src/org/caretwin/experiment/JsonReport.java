package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.engine.stat.ConfidenceInterval;

/**
 * The results as JSON, schema {@value #SCHEMA} (documented in the README): experiment, seed, replications, per
 * scenario per KPI mean/ciLow/ciHigh/unit, comparisons with the baseline, expectations. Deterministic: the same
 * run gives the same bytes (no time stamps, shortest round-trip numbers, NaN as null).
 */
public final class JsonReport {

	public static final String SCHEMA = "caretwin.results/1";

	private JsonReport() {
	}

	public static String of(ExperimentResult result, String modelFile, String version) {
		ExperimentPlan plan = result.plan();
		StringBuilder json = new StringBuilder("{\n");
		field(json, 1, "schema", Json.string(SCHEMA), true);
		field(json, 1, "caretwinVersion", Json.string(version), true);
		field(json, 1, "model", Json.string(modelFile), true);
		field(json, 1, "experiment", Json.string(plan.name()), true);
		field(json, 1, "seed", Long.toString(plan.seed()), true);
		field(json, 1, "replications", Integer.toString(plan.replications()), true);
		field(json, 1, "warmupHours", Json.number(plan.warmupHours()), true);
		field(json, 1, "horizonHours", Json.number(plan.horizonHours()), true);
		List<String> scenarios = new ArrayList<>();
		for (String scenario : plan.scenarios()) {
			List<String> kpis = new ArrayList<>();
			for (String kpi : result.kpiNames()) {
				if (!result.has(scenario, kpi)) {
					continue;
				}
				ConfidenceInterval ci = result.interval(scenario, kpi);
				kpis.add("{\"name\": " + Json.string(kpi) + ", \"unit\": " + Json.string(KpiCatalogue.unitOf(kpi)) + ", \"mean\": "
						+ Json.number(ci.mean()) + ", \"ciLow\": " + Json.number(ci.low()) + ", \"ciHigh\": " + Json.number(ci.high())
						+ ", \"n\": " + ci.n() + (KpiDomain.isCrossedBy(kpi, ci) ? ", \"ciOutsideDomain\": true" : "") + "}");
			}
			scenarios.add("{\"name\": " + Json.string(scenario) + ", \"kpis\": " + array(kpis, 3) + "}");
		}
		field(json, 1, "scenarios", array(scenarios, 2), true);
		List<String> comparisons = new ArrayList<>();
		for (ExperimentResult.Difference d : result.comparisons()) {
			ConfidenceInterval ci = d.paired();
			comparisons.add("{\"scenario\": " + Json.string(d.scenario()) + ", \"baseline\": " + Json.string(d.baseline())
					+ ", \"kpi\": " + Json.string(d.kpi()) + ", \"meanDifference\": " + Json.number(ci.mean()) + ", \"ciLow\": "
					+ Json.number(ci.low()) + ", \"ciHigh\": " + Json.number(ci.high()) + "}");
		}
		field(json, 1, "comparisons", array(comparisons, 2), true);
		List<String> expectations = new ArrayList<>();
		for (ExperimentResult.Verdict v : result.verdicts()) {
			expectations.add("{\"text\": " + Json.string(v.expectation().text()) + ", \"source\": "
					+ Json.string(v.expectation().source()) + ", \"holds\": " + v.holds() + ", \"explanation\": "
					+ Json.string(v.explanation()) + "}");
		}
		field(json, 1, "expectations", array(expectations, 2), false);
		return json.append("}\n").toString();
	}

	private static void field(StringBuilder json, int depth, String name, String value, boolean more) {
		json.append("  ".repeat(depth)).append(Json.string(name)).append(": ").append(value).append(more ? ",\n" : "\n");
	}

	private static String array(List<String> items, int depth) {
		if (items.isEmpty()) {
			return "[]";
		}
		String indent = "  ".repeat(depth);
		return "[\n" + indent + String.join(",\n" + indent, items) + "\n" + "  ".repeat(depth - 1) + "]";
	}
}
