package org.caretwin.experiment;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.caretwin.engine.OneLine;
import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.engine.stat.ConfidenceInterval;

/** The KPI table printed by {@code caretwin simulate}: per scenario, mean and 95% CI; deltas; expectations. */
public final class ConsoleReport {

	/** Shown instead of a mean when no replication observed the KPI (nobody waited, no act, no arrival). */
	static final String NO_DATA = "no data";
	/** Marks an interval reaching outside the values its KPI can take. */
	static final String OUTSIDE_DOMAIN = "*";

	private ConsoleReport() {
	}

	public static void print(ExperimentResult result, PrintStream out) {
		ExperimentPlan plan = result.plan();
		out.printf(Locale.ROOT, "Experiment %s: %d scenario%s x %d replications, seed %d%n%n", plan.name(),
				plan.scenarios().size(), plan.scenarios().size() == 1 ? "" : "s", plan.replications(), plan.seed());
		List<String> kpis = result.reportedKpis().stream().filter(k -> result.has(plan.scenarios().get(0), k)).toList();
		int width = Math.max(24, kpis.stream().mapToInt(String::length).max().orElse(0) + 2);
		boolean crossingDomain = false;
		for (String scenario : plan.scenarios()) {
			out.println("Scenario " + scenario);
			out.printf(Locale.ROOT, "  %-" + width + "s %-14s %12s   %s%n", "KPI", "unit", "mean", "95% CI");
			for (String kpi : kpis) {
				ConfidenceInterval ci = result.interval(scenario, kpi);
				boolean crossing = KpiDomain.isCrossedBy(kpi, ci);
				crossingDomain |= crossing;
				out.printf(Locale.ROOT, "  %-" + width + "s %-14s %12s   %s%n", kpi, KpiCatalogue.unitOf(kpi),
						ci.n() == 0 ? NO_DATA : number(ci.mean()), interval(ci) + (crossing ? " " + OUTSIDE_DOMAIN : ""));
			}
			out.println();
		}
		if (crossingDomain) {
			out.println(KpiDomain.footnote(OUTSIDE_DOMAIN));
			out.println();
		}
		List<ExperimentResult.Difference> differences = result.comparisons();
		if (!differences.isEmpty()) {
			out.println("Differences from " + plan.scenarios().get(0) + " (paired by replication, common random numbers)");
			for (ExperimentResult.Difference d : differences) {
				ConfidenceInterval ci = d.paired();
				String verdict = ci.low() > 0 ? "higher" : ci.high() < 0 ? "lower" : "no significant difference";
				out.printf(Locale.ROOT, "  %-16s %-" + width + "s %12s   [%s, %s]  %s%n", d.scenario(), d.kpi(),
						signed(ci.mean()), signed(ci.low()), signed(ci.high()), verdict);
			}
			out.println();
		}
		List<ExperimentResult.Verdict> verdicts = result.verdicts();
		if (!verdicts.isEmpty()) {
			out.println("Expectations");
			for (ExperimentResult.Verdict verdict : verdicts) {
				out.printf("  %s %s   (%s)%n      %s%n", verdict.holds() ? "PASS" : "FAIL",
						OneLine.of(verdict.expectation().text()), OneLine.of(verdict.expectation().source()), verdict.explanation());
			}
			long failed = verdicts.stream().filter(v -> !v.holds()).count();
			out.printf("%d expectation%s, %d failed%n", verdicts.size(), verdicts.size() == 1 ? "" : "s", failed);
		}
	}

	/** {@code [low, high]}; nothing without data, and a note when one replication gives no interval. */
	private static String interval(ConfidenceInterval ci) {
		if (ci.n() == 0) {
			return "";
		}
		if (ci.n() == 1) {
			return "(one replication with data: no interval)";
		}
		return "[" + number(ci.low()) + ", " + number(ci.high()) + "]";
	}

	/** Four significant digits, no exponent for everyday magnitudes. */
	static String number(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		double magnitude = Math.abs(value);
		if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e7)) {
			return String.format(Locale.ROOT, "%.3e", value);
		}
		int decimals = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 10 ? 2 : magnitude >= 1 ? 3 : 4;
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	private static String signed(double value) {
		String text = number(value);
		return value > 0 ? "+" + text : text;
	}
}
