package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caretwin.engine.pathway.Kpis;
import org.caretwin.engine.stat.ConfidenceInterval;

/** The KPIs of every replication of every scenario, with confidence intervals, comparisons and expectations. */
public final class ExperimentResult {

	/** A scenario compared with the baseline on one KPI, replication by replication (common random numbers). */
	public record Difference(String kpi, String scenario, String baseline, ConfidenceInterval paired) {
	}

	/** An expectation and whether it held, with the figures that decided. */
	public record Verdict(Expectation expectation, boolean holds, String explanation) {
	}

	private final ExperimentPlan plan;
	/** One resource's utilisation week by week: the mean over replications and its 95% interval, per week. */
	public record WeeklyBand(String resource, double[] mean, double[] low, double[] high) {
	}

	private final Kpis[][] runs;
	private final Map<String, double[]>[][] weeklyUtilisation;
	private final Map<String, double[]>[][] weeklyQueues;

	ExperimentResult(ExperimentPlan plan, Kpis[][] runs, Map<String, double[]>[][] weeklyUtilisation,
			Map<String, double[]>[][] weeklyQueues) {
		this.plan = plan;
		this.runs = runs;
		this.weeklyUtilisation = weeklyUtilisation;
		this.weeklyQueues = weeklyQueues;
	}

	/** Each resource's weekly utilisation in {@code scenario}, from time 0 (warm-up included), over its replications. */
	public List<WeeklyBand> weeklyUtilisation(String scenario) {
		return bands(weeklyUtilisation[indexOf(scenario)]);
	}

	/**
	 * The weekly queues ({@code queue(Step)}, patients) and waits ({@code wait(Step)}, days) of the steps where patients
	 * wait in {@code scenario}, from time 0, over its replications; a week no replication has a value for is NaN.
	 */
	public List<WeeklyBand> weeklyQueues(String scenario) {
		return bands(weeklyQueues[indexOf(scenario)]);
	}

	private static List<WeeklyBand> bands(Map<String, double[]>[] replications) {
		if (replications.length == 0 || replications[0] == null) {
			return List.of();
		}
		List<WeeklyBand> bands = new ArrayList<>();
		for (Map.Entry<String, double[]> first : replications[0].entrySet()) {
			int weeks = first.getValue().length;
			double[] mean = new double[weeks];
			double[] low = new double[weeks];
			double[] high = new double[weeks];
			double[] values = new double[replications.length];
			for (int w = 0; w < weeks; w++) {
				for (int r = 0; r < replications.length; r++) {
					double[] series = replications[r].get(first.getKey());
					values[r] = series != null && w < series.length ? series[w] : Double.NaN;
				}
				ConfidenceInterval ci = ConfidenceInterval.of(values, 0.95);
				mean[w] = ci.mean();
				low[w] = ci.low();
				high[w] = ci.high();
			}
			bands.add(new WeeklyBand(first.getKey(), mean, low, high));
		}
		return bands;
	}

	public ExperimentPlan plan() {
		return plan;
	}

	/** KPI names present in the results, in model order. */
	public List<String> kpiNames() {
		Set<String> names = new LinkedHashSet<>();
		for (Kpis[] scenario : runs) {
			names.addAll(scenario[0].values().keySet());
		}
		return new ArrayList<>(names);
	}

	/** The values of {@code kpi} in each replication of {@code scenario} (NaN where absent). */
	public double[] values(String scenario, String kpi) {
		Kpis[] replications = runs[indexOf(scenario)];
		double[] values = new double[replications.length];
		for (int r = 0; r < values.length; r++) {
			Double value = replications[r].values().get(kpi);
			values[r] = value == null ? Double.NaN : value;
		}
		return values;
	}

	public boolean has(String scenario, String kpi) {
		return runs[indexOf(scenario)][0].values().containsKey(kpi);
	}

	/** The mean of {@code kpi} over the replications of {@code scenario}; NaN when the run has no such indicator. */
	public double meanOf(String scenario, String kpi) {
		return has(scenario, kpi) ? interval(scenario, kpi).mean() : Double.NaN;
	}

	public ConfidenceInterval interval(String scenario, String kpi) {
		return ConfidenceInterval.of(values(scenario, kpi), 0.95);
	}

	/** Paired difference {@code scenario − baseline} with its confidence interval at {@code level}. */
	public Difference difference(String kpi, String scenario, String baseline, double level) {
		double[] a = values(scenario, kpi);
		double[] b = values(baseline, kpi);
		double[] d = new double[a.length];
		for (int r = 0; r < d.length; r++) {
			d[r] = a[r] - b[r];
		}
		return new Difference(kpi, scenario, baseline, ConfidenceInterval.of(d, level));
	}

	/** Each non-baseline scenario against the first one, on every reported KPI. */
	public List<Difference> comparisons() {
		List<Difference> differences = new ArrayList<>();
		String baseline = plan.scenarios().get(0);
		for (String scenario : plan.scenarios().subList(1, plan.scenarios().size())) {
			for (String kpi : reportedKpis()) {
				if (has(scenario, kpi) && has(baseline, kpi)) {
					differences.add(difference(kpi, scenario, baseline, 0.95));
				}
			}
		}
		return differences;
	}

	/** The KPIs the plan asks to report, or all of them when it names none. */
	public List<String> reportedKpis() {
		return plan.reportedKpis().isEmpty() ? kpiNames() : plan.reportedKpis();
	}

	public List<Verdict> verdicts() {
		List<Verdict> verdicts = new ArrayList<>();
		for (Expectation expectation : plan.expectations()) {
			verdicts.add(switch (expectation) {
			case Expectation.Threshold t -> threshold(t);
			case Expectation.Versus v -> versus(v);
			});
		}
		return verdicts;
	}

	public boolean allExpectationsHold() {
		return verdicts().stream().allMatch(Verdict::holds);
	}

	private Verdict threshold(Expectation.Threshold t) {
		List<String> scenarios = t.scenario() == null ? plan.scenarios() : List.of(t.scenario());
		StringBuilder explanation = new StringBuilder();
		boolean holds = true;
		for (String scenario : scenarios) {
			double mean = interval(scenario, t.kpi()).mean();
			boolean ok = !Double.isNaN(mean) && t.comparison().holds(mean, t.bound());
			holds &= ok;
			if (!explanation.isEmpty()) {
				explanation.append("; ");
			}
			explanation.append(String.format(java.util.Locale.ROOT, "%s: mean %.4g %s %.4g %s", scenario, mean,
					ok ? t.comparison().symbol : "not " + t.comparison().symbol, t.bound(), ok ? "holds" : "FAILS"));
		}
		return new Verdict(t, holds, explanation.toString());
	}

	private Verdict versus(Expectation.Versus v) {
		Difference d = difference(v.kpi(), v.left(), v.right(), v.confidence());
		ConfidenceInterval ci = d.paired();
		boolean holds = switch (v.comparison()) {
		case LESS, LESS_OR_EQUAL -> ci.high() < 0;
		case GREATER, GREATER_OR_EQUAL -> ci.low() > 0;
		};
		String explanation = String.format(java.util.Locale.ROOT,
				"paired difference %s − %s = %.4g, %.0f%% CI [%.4g, %.4g] %s", v.left(), v.right(), ci.mean(),
				100 * v.confidence(), ci.low(), ci.high(), holds ? "excludes 0 on the claimed side" : "does not support the claim");
		return new Verdict(v, holds, explanation);
	}

	private int indexOf(String scenario) {
		int index = plan.scenarios().indexOf(scenario);
		if (index < 0) {
			throw new IllegalArgumentException("unknown scenario '" + scenario + "'; known: " + plan.scenarios());
		}
		return index;
	}
}
