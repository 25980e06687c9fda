package org.caretwin.experiment;

/**
 * A claim the experiment checks, written by the modeller, e.g. {@code expect wait(Surgery) < 90 days in every
 * scenario} or {@code expect Telemedicine.travel(per patient) < Baseline.travel(per patient) with 95% confidence}.
 */
public sealed interface Expectation extends java.io.Serializable {

	/** The text as written in the model, for reports. */
	String text();

	/** Where it was written ({@code file:line}), for reports. */
	String source();

	enum Comparison {
		LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

		public final String symbol;

		Comparison(String symbol) {
			this.symbol = symbol;
		}

		public boolean holds(double left, double right) {
			return switch (this) {
			case LESS -> left < right;
			case LESS_OR_EQUAL -> left <= right;
			case GREATER -> left > right;
			case GREATER_OR_EQUAL -> left >= right;
			};
		}
	}

	/** The mean of {@code kpi} compares with {@code bound} in one scenario (or in each when scenario is null). */
	record Threshold(String text, String source, String kpi, Comparison comparison, double bound, String scenario)
			implements Expectation {
	}

	/**
	 * {@code left.kpi} compares with {@code right.kpi}: the paired difference's {@code confidence} interval lies
	 * entirely on the claimed side of zero.
	 */
	record Versus(String text, String source, String kpi, String left, Comparison comparison, String right,
			double confidence) implements Expectation {
	}
}
