package org.caretwin.lang.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

/**
 * A weekly schedule from a CSV file ({@code arrivals scheduled from "lists.csv"}): a header naming the columns
 * {@code weekday}, {@code time}, one column per profile booked by name and optionally {@code patients} (patients
 * whose profile is drawn from the mix), then one slot a line, as many as the file holds:
 * {@code monday,08:00,4,2}. Errors give the CSV's line.
 */
public final class ScheduleTable {

	/** One slot: Monday 0, the minute of the day, the patients of each profile (the cohort's order) and drawn ones. */
	public record Row(int weekday, int minute, int[] counts, int drawn) {
	}

	/** The slots, or the first problem found. */
	public record Result(List<Row> rows, String problem) {
		public boolean ok() {
			return problem == null;
		}
	}

	private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday");
	private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
	private static final Pattern COUNT = Pattern.compile("\\d{1,6}");

	private ScheduleTable() {
	}

	/** Reads {@code file} for the cohort whose profiles are {@code profiles} (none: one profile). */
	public static Result read(EObject context, String file, List<String> profiles) {
		ModelDataFile.Text read = ModelDataFile.read(context, file, "a header 'weekday,time," + example(profiles)
				+ "', then one slot a line");
		return read.ok() ? parse(read.text(), file, profiles) : new Result(null, read.problem());
	}

	static Result parse(String text, String name, List<String> profiles) {
		String[] lines = CsvLines.lines(text);
		int header = CsvLines.firstFilled(lines);
		String expected = "weekday,time," + example(profiles);
		if (header == lines.length) {
			return problem(name + " is empty: give a first line '" + expected + "', then one slot a line");
		}
		String[] names = CsvLines.fields(lines[header]);
		String at = name + ":" + (header + 1) + ": ";
		if (!Arrays.stream(names).allMatch(n -> CsvLines.COLUMN_NAME.matcher(n).matches())) {
			return problem(at + "the first line should name the columns, e.g. " + expected);
		}
		int weekday = CsvLines.indexOf(names, "weekday");
		int time = CsvLines.indexOf(names, "time");
		if (weekday < 0 || time < 0) {
			return problem(at + "the header needs columns weekday and time; its columns are " + CsvLines.listed(names));
		}
		int[] profileColumns = new int[Math.max(1, profiles.size())];
		Arrays.fill(profileColumns, -1);
		int drawn = -1;
		for (int i = 0; i < names.length; i++) {
			int profile = indexOfProfile(profiles, names[i]);
			if (i == weekday || i == time) {
				continue;
			} else if (profile >= 0) {
				profileColumns[profile] = i;
			} else if (names[i].equalsIgnoreCase("patients")) {
				drawn = i;
			} else {
				return problem(at + "no profile " + names[i] + " in the cohort: columns after weekday and time are "
						+ (profiles.isEmpty() ? "" : String.join(", ", profiles) + " or ") + "patients");
			}
		}
		List<Row> rows = new ArrayList<>();
		for (int i = header + 1; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			at = name + ":" + (i + 1) + ": ";
			String[] fields = CsvLines.fields(lines[i]);
			String day = field(fields, weekday).toLowerCase(Locale.ROOT);
			if (!WEEKDAYS.contains(day)) {
				return problem(at + CsvLines.quote(field(fields, weekday)) + " is not a weekday (monday ... sunday)");
			}
			Matcher clock = TIME.matcher(field(fields, time));
			if (!clock.matches() || Integer.parseInt(clock.group(1)) > 23 || Integer.parseInt(clock.group(2)) > 59) {
				return problem(at + CsvLines.quote(field(fields, time)) + " is not a time of day (write e.g. 08:00)");
			}
			int[] counts = new int[profileColumns.length];
			for (int p = 0; p < counts.length; p++) {
				if (profileColumns[p] >= 0) {
					String count = field(fields, profileColumns[p]);
					if (!COUNT.matcher(count).matches()) {
						return problem(at + CsvLines.quote(count) + " in column " + names[profileColumns[p]]
								+ " is not a number of patients (write e.g. 3)");
					}
					counts[p] = Integer.parseInt(count);
				}
			}
			int others = 0;
			if (drawn >= 0) {
				String count = field(fields, drawn);
				if (!COUNT.matcher(count).matches()) {
					return problem(at + CsvLines.quote(count) + " in column patients is not a number of patients (write e.g. 3)");
				}
				others = Integer.parseInt(count);
			}
			rows.add(new Row(WEEKDAYS.indexOf(day), Integer.parseInt(clock.group(1)) * 60 + Integer.parseInt(clock.group(2)),
					counts, others));
		}
		if (rows.isEmpty()) {
			return problem(name + " has no slot: give one slot a line after the header, e.g. monday,08:00,...");
		}
		return new Result(List.copyOf(rows), null);
	}

	private static int indexOfProfile(List<String> profiles, String column) {
		for (int p = 0; p < profiles.size(); p++) {
			if (profiles.get(p).equalsIgnoreCase(column)) {
				return p;
			}
		}
		return -1;
	}

	private static String field(String[] fields, int index) {
		return index < fields.length ? fields[index] : "";
	}

	private static String example(List<String> profiles) {
		return profiles.isEmpty() ? "patients" : String.join(",", profiles);
	}

	private static Result problem(String message) {
		return new Result(null, message);
	}
}
