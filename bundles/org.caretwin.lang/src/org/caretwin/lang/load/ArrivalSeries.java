package org.caretwin.lang.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * A daily arrival series in CSV ({@code date,count}, ISO dates, one line per consecutive day, an optional header),
 * named by a model relative to its own file.
 */
public final class ArrivalSeries {

	/** The series, or the first problem found (with the CSV's line number). */
	public record Result(LocalDate first, int[] counts, String problem) {
		public boolean ok() {
			return problem == null;
		}
	}

	private ArrivalSeries() {
	}

	/** The file a model element names, resolved against the model's own folder. */
	public static Path resolve(EObject context, String file) {
		URI uri = context.eResource().getURI();
		Path folder = uri.isFile() ? Path.of(uri.toFileString()).getParent() : Path.of(".");
		return folder == null ? Path.of(file) : folder.resolve(file);
	}

	public static Result read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		} catch (IOException e) {
			return new Result(null, null, "cannot read " + file + " (" + e.getClass().getSimpleName() + "): give a CSV file beside the model, with lines date,count");
		}
		List<Integer> counts = new ArrayList<>();
		LocalDate first = null;
		LocalDate previous = null;
		String name = file.getFileName().toString();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).trim();
			if (line.isEmpty() || (i == 0 && !Character.isDigit(line.charAt(0)))) {
				continue;
			}
			String[] fields = line.split("[,;]");
			if (fields.length < 2) {
				return new Result(null, null, name + ":" + (i + 1) + ": expected date,count but found '" + line + "'");
			}
			LocalDate date;
			try {
				date = LocalDate.parse(fields[0].trim());
			} catch (DateTimeParseException e) {
				return new Result(null, null, name + ":" + (i + 1) + ": '" + fields[0].trim() + "' is not a date (write 2026-01-05)");
			}
			if (previous != null && !date.equals(previous.plusDays(1))) {
				return new Result(null, null, name + ":" + (i + 1) + ": " + date + " does not follow " + previous + " (one line per day, no gap)");
			}
			int count;
			try {
				count = Integer.parseInt(fields[1].trim());
			} catch (NumberFormatException e) {
				return new Result(null, null, name + ":" + (i + 1) + ": '" + fields[1].trim() + "' is not a whole number of patients");
			}
			if (count < 0) {
				return new Result(null, null, name + ":" + (i + 1) + ": a count cannot be negative");
			}
			if (first == null) {
				first = date;
			}
			previous = date;
			counts.add(count);
		}
		if (counts.isEmpty()) {
			return new Result(null, null, name + " has no line date,count");
		}
		return new Result(first, counts.stream().mapToInt(Integer::intValue).toArray(), null);
	}
}
