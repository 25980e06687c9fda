package org.caretwin.engine;

/**
 * Text made safe for a one-line message such as {@code file:line:col: error: message}: line breaks, other control
 * characters and the Unicode line and paragraph separators are written as escapes, so a message from a model or a
 * data file can never start a line of its own.
 */
public final class OneLine {

	private OneLine() {
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder line = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String escape = escape(c);
			if (escape != null && line == null) {
				line = new StringBuilder(text.length() + 8).append(text, 0, i);
			}
			if (line != null) {
				if (escape != null) {
					line.append(escape);
				} else {
					line.append(c);
				}
			}
		}
		return line == null ? text : line.toString();
	}

	private static String escape(char c) {
		return switch (c) {
		case '\n' -> "\\n";
		case '\r' -> "\\r";
		case '\t' -> "\\t";
		default -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
				? String.format("\\u%04x", (int) c)
				: null;
		};
	}
}
