package org.caretwin.lang.load;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.caretwin.engine.OneLine;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * A daily arrival series in CSV ({@code date,count}, ISO dates, one line per consecutive day, an optional header),
 * named by a model relative to its own file.
 * <p>
 * A model may come from anyone, so the file it names must lie in the model's folder or below it (after resolving
 * symbolic links), be a regular file and be at most {@link TextFiles#MAX_BYTES}. Until a line has been read as
 * {@code date,count}, messages give line numbers only: a file that is not a CSV is never quoted.
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
		URI uri = context.eResource() == null ? null : context.eResource().getURI();
		if (uri == null || !uri.isFile()) {
			return problem("arrivals from a file need a model saved as a file");
		}
		Path folder = Path.of(uri.toFileString()).toAbsolutePath().getParent();
		String text;
		try {
			text = TextFiles.read(inside(folder, file), file);
		} catch (NoSuchFileException e) {
			return problem("cannot find " + file + " beside the model: give a CSV file of lines date,count in the model's folder");
		} catch (IOException e) {
			return problem(OneLine.of(e.getMessage()));
		}
		return parse(text, file);
	}

	/** The real path of {@code file} resolved against {@code folder}, refused when it lies outside the folder. */
	private static Path inside(Path folder, String file) throws IOException {
		Path root = folder.toRealPath();
		Path real = folder.resolve(file).toRealPath();
		if (!real.startsWith(root)) {
			throw new IOException(file + " lies outside the model's folder: a model may only read files in its folder or below");
		}
		return real;
	}

	static Result parse(String text, String name) {
		String[] lines = text.split("\r\n|\r|\n", -1);
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
