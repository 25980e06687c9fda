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
		field(json, 1, "schema", string(SCHEMA), true);
		field(json, 1, "caretwinVersion", string(version), true);
		field(json, 1, "model", string(modelFile), true);
		field(json, 1, "experiment", string(plan.name()), true);
		field(json, 1, "seed", Long.toString(plan.seed()), true);
		field(json, 1, "replications", Integer.toString(plan.replications()), true);
		field(json, 1, "warmupHours", number(plan.warmupHours()), true);
		field(json, 1, "horizonHours", number(plan.horizonHours()), true);
		List<String> scenarios = new ArrayList<>();
		for (String scenario : plan.scenarios()) {
			List<String> kpis = new ArrayList<>();
			for (String kpi : result.kpiNames()) {
				if (!result.has(scenario, kpi)) {
					continue;
				}
				ConfidenceInterval ci = result.interval(scenario, kpi);
				kpis.add("{\"name\": " + string(kpi) + ", \"unit\": " + string(KpiCatalogue.unitOf(kpi)) + ", \"mean\": "
						+ number(ci.mean()) + ", \"ciLow\": " + number(ci.low()) + ", \"ciHigh\": " + number(ci.high())
						+ ", \"n\": " + ci.n() + (KpiDomain.isCrossedBy(kpi, ci) ? ", \"ciOutsideDomain\": true" : "") + "}");
			}
			scenarios.add("{\"name\": " + string(scenario) + ", \"kpis\": " + array(kpis, 3) + "}");
		}
		field(json, 1, "scenarios", array(scenarios, 2), true);
		List<String> comparisons = new ArrayList<>();
		for (ExperimentResult.Difference d : result.comparisons()) {
			ConfidenceInterval ci = d.paired();
			comparisons.add("{\"scenario\": " + string(d.scenario()) + ", \"baseline\": " + string(d.baseline())
					+ ", \"kpi\": " + string(d.kpi()) + ", \"meanDifference\": " + number(ci.mean()) + ", \"ciLow\": "
					+ number(ci.low()) + ", \"ciHigh\": " + number(ci.high()) + "}");
		}
		field(json, 1, "comparisons", array(comparisons, 2), true);
		List<String> expectations = new ArrayList<>();
		for (ExperimentResult.Verdict v : result.verdicts()) {
			expectations.add("{\"text\": " + string(v.expectation().text()) + ", \"source\": "
					+ string(v.expectation().source()) + ", \"holds\": " + v.holds() + ", \"explanation\": "
					+ string(v.explanation()) + "}");
		}
		field(json, 1, "expectations", array(expectations, 2), false);
		return json.append("}\n").toString();
	}

	private static void field(StringBuilder json, int depth, String name, String value, boolean more) {
		json.append("  ".repeat(depth)).append(string(name)).append(": ").append(value).append(more ? ",\n" : "\n");
	}

	private static String array(List<String> items, int depth) {
		if (items.isEmpty()) {
			return "[]";
		}
		String indent = "  ".repeat(depth);
		return "[\n" + indent + String.join(",\n" + indent, items) + "\n" + "  ".repeat(depth - 1) + "]";
	}

	static String number(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? "null" : Double.toString(value);
	}

	static String string(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\t' -> out.append("\\t");
			case '\r' -> out.append("\\r");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
