package org.caretwin.experiment;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The KPI table printed by {@code caretwin simulate}: per scenario, mean and 95% CI; deltas; expectations. */
public final class ConsoleReport {

	private ConsoleReport() {
	}

	public static void print(ExperimentResult result, PrintStream out) {
		ExperimentPlan plan = result.plan();
		out.printf(Locale.ROOT, "Experiment %s: %d scenario%s x %d replications, seed %d%n%n", plan.name(),
				plan.scenarios().size(), plan.scenarios().size() == 1 ? "" : "s", plan.replications(), plan.seed());
		int width = Math.max(24, ResultRows.shownKpis(result).stream().mapToInt(String::length).max().orElse(0) + 2);
		boolean crossingDomain = false;
		for (String scenario : plan.scenarios()) {
			out.println("Scenario " + scenario);
			out.printf(Locale.ROOT, "  %-" + width + "s %-14s %12s   %s%n", "KPI", "unit", "mean", "95% CI");
			for (ResultRows.Kpi row : ResultRows.kpis(result, scenario)) {
				crossingDomain |= row.crossesDomain();
				out.printf(Locale.ROOT, "  %-" + width + "s %-14s %12s   %s%n", row.kpi(), row.unit(), row.mean(),
						row.interval() + (row.crossesDomain() ? " " + ResultRows.OUTSIDE_DOMAIN : ""));
			}
			out.println();
		}
		if (crossingDomain) {
			out.println(KpiDomain.footnote(ResultRows.OUTSIDE_DOMAIN));
			out.println();
		}
		List<ResultRows.Difference> differences = ResultRows.differences(result);
		if (!differences.isEmpty()) {
			out.println("Differences from " + plan.scenarios().get(0) + " (paired by replication, common random numbers)");
			for (ResultRows.Difference d : differences) {
				out.printf(Locale.ROOT, "  %-16s %-" + width + "s %12s   [%s, %s]  %s%n", d.scenario(), d.kpi(), d.delta(),
						d.low(), d.high(), d.verdict());
			}
			out.println();
		}
		List<ResultRows.Verdict> verdicts = ResultRows.verdicts(result);
		if (!verdicts.isEmpty()) {
			out.println("Expectations");
			for (ResultRows.Verdict verdict : verdicts) {
				out.printf("  %s %s   (%s)%n      %s%n", verdict.holds() ? "PASS" : "FAIL", verdict.text(), verdict.source(),
						verdict.explanation());
			}
			long failed = verdicts.stream().filter(v -> !v.holds()).count();
			out.printf("%d expectation%s, %d failed%n", verdicts.size(), verdicts.size() == 1 ? "" : "s", failed);
		}
	}
}
