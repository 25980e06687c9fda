package org.caretwin.lang.generator;

/**
 * Java identifiers, literals and comment text for model names and text. Model text enters generated Java only through
 * {@link #string(String)} or {@link #comment(String)}: both double every backslash, because javac decodes unicode
 * escapes (backslash, u, 002a) before it lexes, so an escape written in a model could otherwise close a comment or a
 * string and turn the model's text into code.
 */
final class JavaNames {

	private JavaNames() {
	}

	/** {@code HomeRehab} → {@code homeRehab}; keywords and odd characters are made safe. */
	static String field(String name) {
		String clean = clean(name);
		// An acronym (GP, ICU) becomes gp, icu; a capitalised word (HomeRehab) becomes homeRehab.
		String field = clean.equals(clean.toUpperCase(java.util.Locale.ROOT)) ? clean.toLowerCase(java.util.Locale.ROOT)
				: Character.toLowerCase(clean.charAt(0)) + clean.substring(1);
		return javax.lang.model.SourceVersion.isKeyword(field) ? field + "_" : field;
	}

	/** {@code loire2026} → {@code Loire2026}. */
	static String type(String name) {
		String clean = clean(name);
		return Character.toUpperCase(clean.charAt(0)) + clean.substring(1);
	}

	/** {@code HomeRehab} → {@code HOME_REHAB}. */
	static String constant(String name) {
		return clean(name).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
	}

	private static String clean(String name) {
		StringBuilder builder = new StringBuilder();
		for (char c : name.toCharArray()) {
			builder.append(Character.isJavaIdentifierPart(c) ? c : '_');
		}
		if (builder.isEmpty() || !Character.isJavaIdentifierStart(builder.charAt(0))) {
			builder.insert(0, '_');
		}
		return builder.toString();
	}

	/** A Java string literal holding {@code text} exactly; no character of it can act as Java syntax. */
	static String string(String text) {
		StringBuilder builder = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> builder.append("\\\"");
			case '\\' -> builder.append("\\\\");
			case '\n' -> builder.append("\\n");
			case '\r' -> builder.append("\\r");
			case '\t' -> builder.append("\\t");
			default -> {
				if (c < 0x20 || c == 0x7f) {
					builder.append(String.format(java.util.Locale.ROOT, "\\%03o", (int) c));
				} else {
					builder.append(c);
				}
			}
			}
		}
		return builder.append('"').toString();
	}

	/**
	 * Model text made inert inside a {@code //} or a block comment: backslashes doubled, {@code *}{@code /} broken, line
	 * and paragraph separators and other control characters shown as spaces, so the comment stays one comment line.
	 */
	static String comment(String text) {
		StringBuilder builder = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c == '\\') {
				builder.append("\\\\");
			} else if (c == '/' && !builder.isEmpty() && builder.charAt(builder.length() - 1) == '*') {
				builder.append(" /");
			} else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
				builder.append(' ');
			} else {
				builder.append(c);
			}
		}
		return builder.toString();
	}
}
