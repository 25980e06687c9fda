package org.caretwin.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.caretwin.engine.OneLine;
import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.engine.stat.ConfidenceInterval;

/**
 * The rows of an experiment's result as people read them, numbers already formatted: the console table, the IDE's
 * result view and the reports all show these rows, so they never disagree.
 */
public final class ResultRows {

	/** Shown instead of a mean when no replication observed the KPI (nobody waited, no act, no arrival). */
	public static final String NO_DATA = "no data";
	/** Marks an interval reaching outside the values its KPI can take. */
	public static final String OUTSIDE_DOMAIN = "*";
	private static final String SHARE = "share";

	/** One KPI of one scenario: its mean and 95% confidence interval. */
	public record Kpi(String scenario, String kpi, String unit, String mean, String interval, boolean crossesDomain,
			ConfidenceInterval ci) {

		/** A share (utilisation, collaboration …) read as a percentage, as people say it. */
		public boolean isShare() {
			return SHARE.equals(unit);
		}
	}

	/** What a significant difference means for the organisation, from the direction its KPI family should move. */
	public enum Effect {
		BETTER, WORSE, NEITHER, NOT_SIGNIFICANT
	}

	/** A scenario against the first one, paired by replication. */
	public record Difference(String scenario, String kpi, String delta, String low, String high, String verdict,
			Effect effect, ConfidenceInterval paired) {
	}

	/** An expectation of the model, where it is written and whether it held. */
	public record Verdict(boolean holds, String text, String source, String explanation) {
	}

	private ResultRows() {
	}

	/** The reported KPIs that the first scenario observed, in the order of the experiment's report. */
	public static List<String> shownKpis(ExperimentResult result) {
		return result.reportedKpis().stream().filter(k -> result.has(result.plan().scenarios().get(0), k)).toList();
	}

	public static List<Kpi> kpis(ExperimentResult result, String scenario) {
		List<Kpi> rows = new ArrayList<>();
		for (String kpi : shownKpis(result)) {
			ConfidenceInterval ci = result.interval(scenario, kpi);
			rows.add(new Kpi(scenario, kpi, KpiCatalogue.unitOf(kpi), ci.n() == 0 ? NO_DATA : number(ci.mean()),
					interval(ci), KpiDomain.isCrossedBy(kpi, ci), ci));
		}
		return rows;
	}

	public static List<Difference> differences(ExperimentResult result) {
		List<Difference> rows = new ArrayList<>();
		for (ExperimentResult.Difference d : result.comparisons()) {
			ConfidenceInterval ci = d.paired();
			Effect effect = effect(d.kpi(), ci);
			rows.add(new Difference(d.scenario(), d.kpi(), signed(ci.mean()), signed(ci.low()), signed(ci.high()),
					verdict(ci, effect), effect, ci));
		}
		return rows;
	}

	/** Better or worse when the interval excludes 0 and the KPI's family says which way is better. */
	static Effect effect(String kpi, ConfidenceInterval paired) {
		boolean higher = paired.low() > 0;
		if (!higher && !(paired.high() < 0)) {
			return Effect.NOT_SIGNIFICANT;
		}
		return switch (KpiCatalogue.betterOf(kpi)) {
		case HIGHER -> higher ? Effect.BETTER : Effect.WORSE;
		case LOWER -> higher ? Effect.WORSE : Effect.BETTER;
		case NEITHER -> Effect.NEITHER;
		};
	}

	/** {@code higher, worse}, {@code lower}, {@code no significant difference}. */
	private static String verdict(ConfidenceInterval paired, Effect effect) {
		if (effect == Effect.NOT_SIGNIFICANT) {
			return "no significant difference";
		}
		String way = paired.low() > 0 ? "higher" : "lower";
		return switch (effect) {
		case BETTER -> way + ", better";
		case WORSE -> way + ", worse";
		default -> way;
		};
	}

	public static List<Verdict> verdicts(ExperimentResult result) {
		return result.verdicts().stream().map(v -> new Verdict(v.holds(), OneLine.of(v.expectation().text()),
				OneLine.of(v.expectation().source()), v.explanation())).toList();
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
	public static String number(double value) {
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

	/**
	 * Four significant digits without scientific notation, for readers who are not scientists: {@code 0.0006713},
	 * {@code 12,345,678}.
	 */
	public static String plain(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return number(value);
		}
		double magnitude = Math.abs(value);
		if (magnitude >= 1e7) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		if (magnitude != 0 && magnitude < 1e-3) {
			return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
		}
		return number(value);
	}

	/** A share as a percentage with the same significant digits, e.g. {@code 5.70 %}. */
	public static String percent(double share) {
		return Double.isNaN(share) ? "-" : number(share * 100) + " %";
	}

	/** A difference of shares in percentage points, signed. */
	public static String points(double share) {
		return Double.isNaN(share) ? "-" : signed(share * 100) + " pp";
	}

	/** Whether {@code kpi}'s values are shares. */
	public static boolean isShare(String kpi) {
		return SHARE.equals(KpiCatalogue.unitOf(kpi));
	}

	public static String signed(double value) {
		String text = number(value);
		return value > 0 ? "+" + text : text;
	}
}
