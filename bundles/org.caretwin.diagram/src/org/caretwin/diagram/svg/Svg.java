package org.caretwin.diagram.svg;

import java.util.Locale;

/** A small SVG writer: elements with attributes, escaped text, numbers with one decimal at most. */
final class Svg {

	private final StringBuilder out = new StringBuilder();

	/** Opens or writes an element: {@code attributes} are name, value pairs. */
	Svg open(String element, Object... attributes) {
		out.append('<').append(element);
		attributes(attributes);
		out.append('>');
		return this;
	}

	Svg empty(String element, Object... attributes) {
		out.append('<').append(element);
		attributes(attributes);
		out.append("/>");
		return this;
	}

	Svg close(String element) {
		out.append("</").append(element).append(">\n");
		return this;
	}

	Svg text(String text) {
		out.append(escape(text));
		return this;
	}

	Svg raw(String text) {
		out.append(text);
		return this;
	}

	/** A text element at x, y (its baseline) with the attributes given. */
	Svg textAt(double x, double y, String text, Object... attributes) {
		Object[] all = new Object[attributes.length + 4];
		all[0] = "x";
		all[1] = x;
		all[2] = "y";
		all[3] = y;
		System.arraycopy(attributes, 0, all, 4, attributes.length);
		return open("text", all).text(text).close("text");
	}

	private void attributes(Object... attributes) {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] == null) {
				continue;
			}
			out.append(' ').append(attributes[i]).append("=\"").append(escape(value(attributes[i + 1]))).append('"');
		}
	}

	static String value(Object value) {
		if (value instanceof Double d) {
			return number(d);
		}
		return value.toString();
	}

	static String number(double value) {
		double rounded = Math.rint(value * 10) / 10;
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '&' -> escaped.append("&amp;");
			case '"' -> escaped.append("&quot;");
			default -> {
				// characters XML 1.0 cannot hold at all are dropped
				if (c >= 0x20 || c == '\n' || c == '\t') {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.toString();
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
