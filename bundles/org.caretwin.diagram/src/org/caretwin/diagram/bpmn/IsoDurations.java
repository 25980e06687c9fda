package org.caretwin.diagram.bpmn;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

/** ISO 8601 durations of BPMN timers as times of the language. */
final class IsoDurations {

	private IsoDurations() {
	}

	/** {@code PT2H} as {@code 2 h}, {@code P3D} as {@code 3 days}, {@code P6W} as {@code 42 days}; null when unreadable. */
	static String toCare(String iso) {
		try {
			long minutes = Duration.parse(iso).toMinutes();
			if (minutes <= 0) {
				return null;
			}
			return minutes % (24 * 60) == 0 ? minutes / (24 * 60) + " days" : minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
		} catch (DateTimeParseException e) {
			try {
				Period period = Period.parse(iso);
				if (period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0) {
					return period.getYears() + " years";
				}
				if (period.getMonths() > 0 && period.getYears() == 0 && period.getDays() == 0) {
					return period.getMonths() + " months";
				}
				if (period.getDays() > 0 && period.getYears() == 0 && period.getMonths() == 0) {
					return period.getDays() + " days";
				}
				return null;
			} catch (DateTimeParseException notPeriod) {
				return null;
			}
		}
	}
}
