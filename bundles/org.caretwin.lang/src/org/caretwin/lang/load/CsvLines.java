package org.caretwin.lang.load;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.caretwin.engine.OneLine;

/** Fields, header names and quoting shared by the CSV files a model reads (empirical tables, schedules). */
final class CsvLines {

	static final Pattern COLUMN_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_ .-]{0,39}");
	private static final int LISTED_COLUMNS = 20;
	private static final int QUOTED_LENGTH = 40;

	private CsvLines() {
	}

	/** The lines of a file, whatever its line endings. */
	static String[] lines(String text) {
		return text.split("\r\n|\r|\n", -1);
	}

	/** The first line that is not blank (the header), or {@code lines.length} when there is none. */
	static int firstFilled(String[] lines) {
		int first = 0;
		while (first < lines.length && lines[first].isBlank()) {
			first++;
		}
		return first;
	}

	/** The fields of a line, trimmed, without the double quotes a spreadsheet may put around them. */
	static String[] fields(String line) {
		String[] fields = line.split("[,;]", -1);
		for (int i = 0; i < fields.length; i++) {
			String field = fields[i].trim();
			fields[i] = field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")
					? field.substring(1, field.length() - 1).trim()
					: field;
		}
		return fields;
	}

	/** The column named {@code column}, whatever its case, as spreadsheets are written by hand; -1 if none. */
	static int indexOf(String[] names, String column) {
		for (int i = 0; i < names.length; i++) {
			if (names[i].equalsIgnoreCase(column)) {
				return i;
			}
		}
		return -1;
	}

	static String listed(String[] names) {
		String shown = String.join(", ", Arrays.copyOf(names, Math.min(names.length, LISTED_COLUMNS)));
		return shown + (names.length > LISTED_COLUMNS ? ", ..." : "");
	}

	/** A short piece of a line that already read as CSV, escaped to stay on one line. */
	static String quote(String text) {
		String shown = text.length() > QUOTED_LENGTH ? text.substring(0, QUOTED_LENGTH) + "..." : text;
		return "'" + OneLine.of(shown) + "'";
	}
}
