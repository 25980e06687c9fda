package org.caretwin.experiment;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One event of a patient's story in a traced run: what the command line's {@code --trace} prints as a line and the
 * IDE's Trace view shows as a row.
 *
 * @param hours     simulated time of the event, from {@link EventLog#ORIGIN}
 * @param resources {@code Type@Zone} of the resources of a session, or of the one waited for
 * @param detail    what the kind needs said: why a resource is unavailable ({@code busy}, {@code closed}),
 *                  {@code remote}, the reason of a loss, where a redirection goes, how long the pathway took
 * @param source    {@code file.care:line} where the step (the cohort, for an arrival) is written; empty if unknown
 */
public record TraceEvent(double hours, Kind kind, long patient, String profile, String zone, String step,
		List<String> resources, String detail, String source) {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	/** The kinds of event, in the order they come in a patient's story. */
	public enum Kind {
		ARRIVAL("arrival"), WAITING("starts waiting"), START("starts"), END("ends"), REDIRECTED("redirected"),
		LOST("lost"), LEAVES("leaves");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		/** The kind as the Trace view names it. */
		public String label() {
			return label;
		}
	}

	public TraceEvent {
		resources = List.copyOf(resources);
	}

	/** "Mon 2024-01-01 08:30:00": the date and clock of the event, from the same Monday as the event log. */
	public String clock() {
		return EventLog.ORIGIN.plusSeconds(Math.round(hours * 3600)).format(CLOCK);
	}

	/** The resources joined by commas, as a cell of a table. */
	public String resourceList() {
		return String.join(", ", resources);
	}

	/** "patient 3 (Hip, Roanne) starts Surgery with Surgeon@SaintEtienne": the event as a sentence, without its time. */
	public String story() {
		String who = "patient " + patient + " (" + profile + ", " + zone + ")";
		return who + switch (kind) {
		case ARRIVAL -> " arrives";
		case WAITING -> " starts waiting for " + step + ": " + resourceList() + " " + detail;
		case START -> " starts " + step + (detail.isEmpty() ? "" : " (" + detail + ")") + " with " + resourceList();
		case END -> " ends " + step;
		case REDIRECTED -> " is redirected from " + step + " " + detail;
		case LOST -> " is lost at " + step + ": " + detail;
		case LEAVES -> " leaves the pathway " + detail;
		};
	}
}
