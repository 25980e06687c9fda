package org.caretwin.editor.results;

import java.util.Locale;
import java.util.function.Predicate;

import org.caretwin.experiment.TraceEvent;

/** What the filter field of the Trace view keeps: a patient by its number, or the steps whose name contains the text. */
final class TraceFilter {

	private TraceFilter() {
	}

	static Predicate<TraceEvent> of(String text) {
		String wanted = text.trim();
		if (wanted.isEmpty()) {
			return event -> true;
		}
		if (wanted.chars().allMatch(Character::isDigit) && wanted.length() < 19) {
			long patient = Long.parseLong(wanted);
			return event -> event.patient() == patient;
		}
		String part = wanted.toLowerCase(Locale.ROOT);
		return event -> event.step().toLowerCase(Locale.ROOT).contains(part);
	}
}
