package org.caretwin.lang.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.caretwin.engine.OneLine;
import org.eclipse.emf.ecore.EObject;

/**
 * A daily arrival series in CSV ({@code date,count}, ISO dates, one line per consecutive day, an optional header),
 * named by a model relative to its own file and read as {@link ModelDataFile} reads data files. Until a line has been
 * read as {@code date,count}, messages give line numbers only: a file that is not a CSV is never quoted.
 */
public final class ArrivalSeries {

	/** The series, or the first problem found (with the CSV's line number). */
	public record Result(LocalDate first, int[] counts, String problem) {
		public boolean ok() {
			return problem == null;
		}
	}

	private static final int QUOTED_LENGTH = 40;

	private ArrivalSeries() {
	}

	/** Reads the series {@code file} that a model element names, relative to the model's file. */
	public static Result read(EObject context, String file) {
		ModelDataFile.Text read = ModelDataFile.read(context, file, "lines date,count");
		return read.ok() ? parse(read.text(), file) : problem(read.problem());
	}

	static Result parse(String text, String name) {
		String[] lines = CsvLines.lines(text);
		List<Integer> counts = new ArrayList<>();
		LocalDate first = null;
		LocalDate previous = null;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].trim();
			if (line.isEmpty() || (i == 0 && !Character.isDigit(line.charAt(0)))) {
				continue;
			}
			boolean csvSoFar = first != null;
			String at = name + ":" + (i + 1) + ": ";
			String[] fields = line.split("[,;]");
			if (fields.length < 2) {
				return problem(at + "expected date,count" + (csvSoFar ? " but found " + quote(line) : ""));
			}
			LocalDate date;
			try {
				date = LocalDate.parse(fields[0].trim());
			} catch (DateTimeParseException e) {
				return problem(at + (csvSoFar ? quote(fields[0].trim()) + " is" : "the first field is") + " not a date (write 2026-01-05)");
			}
			if (previous != null && !date.equals(previous.plusDays(1))) {
				return problem(at + date + " does not follow " + previous + " (one line per day, no gap)");
			}
			int count;
			try {
				count = Integer.parseInt(fields[1].trim());
			} catch (NumberFormatException e) {
				return problem(at + (csvSoFar ? quote(fields[1].trim()) + " is" : "the second field is") + " not a whole number of patients");
			}
			if (count < 0) {
				return problem(at + "a count cannot be negative");
			}
			if (first == null) {
				first = date;
			}
			previous = date;
			counts.add(count);
		}
		if (counts.isEmpty()) {
			return problem(name + " has no line date,count");
		}
		return new Result(first, counts.stream().mapToInt(Integer::intValue).toArray(), null);
	}

	/** A short piece of a line that already read as CSV, escaped to stay on one line. */
	private static String quote(String text) {
		String shown = text.length() > QUOTED_LENGTH ? text.substring(0, QUOTED_LENGTH) + "..." : text;
		return "'" + OneLine.of(shown) + "'";
	}

	private static Result problem(String message) {
		return new Result(null, null, message);
	}
}
