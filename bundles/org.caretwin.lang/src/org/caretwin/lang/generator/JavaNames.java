package org.caretwin.lang.generator;

/** Java identifiers and literals for model names. */
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

	/** A Java string literal. */
	static String string(String text) {
		StringBuilder builder = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> builder.append("\\\"");
			case '\\' -> builder.append("\\\\");
			case '\n' -> builder.append("\\n");
			default -> builder.append(c);
			}
		}
		return builder.append('"').toString();
	}
}
