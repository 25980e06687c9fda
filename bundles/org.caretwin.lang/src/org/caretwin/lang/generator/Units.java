package org.caretwin.lang.generator;

import java.util.Locale;

/** Time units of the language in the engine's clock unit (hours), and how generated code writes them. */
public final class Units {

	private Units() {
	}

	/** Hours in one {@code unit} as written in a model (min, h, day(s), week(s), month(s), year(s)). */
	public static double hours(String unit) {
		return switch (unit) {
		case "min" -> 1.0 / 60;
		case "h" -> 1;
		case "day", "days" -> 24;
		case "week", "weeks" -> 7 * 24;
		case "month", "months" -> 365 * 24 / 12.0;
		case "year", "years" -> 365 * 24;
		default -> throw new IllegalArgumentException("unknown time unit " + unit);
		};
	}

	/** The engine constant for a unit, e.g. {@code MINUTE}, used in generated code so that it reads like the model. */
	static String constant(String unit) {
		return switch (unit) {
		case "min" -> "MINUTE";
		case "h" -> "HOUR";
		case "day", "days" -> "DAY";
		case "week", "weeks" -> "WEEK";
		case "month", "months" -> "MONTH";
		case "year", "years" -> "YEAR";
		default -> throw new IllegalArgumentException("unknown time unit " + unit);
		};
	}

	/** A Java literal for a double, shortest form: an int literal where one holds the value, else a double literal. */
	static String literal(double value) {
		if (!Double.isFinite(value)) {
			return Double.isNaN(value) ? "Double.NaN" : value > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
		}
		if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
			return String.format(Locale.ROOT, "%d", (long) value);
		}
		return Double.toString(value);
	}

	/** {@code value unit} as a Java expression in hours, e.g. {@code 30 * MINUTE}. */
	static String quantity(double value, String unit) {
		return literal(value) + " * " + constant(unit);
	}
}
