package org.caretwin.experiment;

import java.util.Locale;

/** JSON literals for the reports and the chart specs. */
final class Json {

	private Json() {
	}

	/** A number, or {@code null} where JSON has none (NaN, infinities). */
	static String number(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? "null" : Double.toString(value);
	}

	/** {@code value} rounded to {@code decimals}, for chart data where more digits only cost bytes. */
	static String rounded(double value, int decimals) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "null";
		}
		String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
		return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
	}

	/** A quoted string, escaped as JSON requires: the text of {@code --json} files. */
	static String string(String text) {
		return quoted(text, false);
	}

	/**
	 * A quoted string that can also stand inside an HTML {@code <script>} element whatever a model names: {@code <},
	 * {@code >}, {@code &} and the JavaScript line separators are escaped too.
	 */
	static String scriptString(String text) {
		return quoted(text, true);
	}

	private static String quoted(String text, boolean forScript) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\t' -> out.append("\\t");
			case '\r' -> out.append("\\r");
			default -> {
				if (c < 0x20 || forScript && (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029')) {
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
