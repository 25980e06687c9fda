package org.caretwin.diagram.bpmn;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Names of the language made of BPMN's free-text names: {@code "Check in patient"} becomes {@code CheckInPatient}. */
final class CareNames {

	private final Set<String> used = new HashSet<>();

	/**
	 * A name not given before in this scope (letter case ignored, as the language's duplicate rule is): {@code text}
	 * as written when {@code asWritten} (a name CareTwin exported), else made a name by {@link #of}.
	 */
	String unique(String text, String fallback, boolean asWritten) {
		String base = asWritten ? text : of(text);
		if (base.isEmpty()) {
			base = of(fallback);
		}
		String name = base;
		for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
			name = base + n;
		}
		return name;
	}

	/**
	 * Words joined in CamelCase, only letters, digits and underscores, starting with a capital: the language's
	 * keywords are all lower case, so a task called {@code end} does not become one.
	 */
	static String of(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder name = new StringBuilder();
		for (String word : text.split("[^A-Za-z0-9_]+")) {
			if (!word.isEmpty()) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		while (name.length() > 0 && !Character.isLetter(name.charAt(0))) {
			name.deleteCharAt(0);
		}
		return name.toString();
	}
}
