package org.caretwin.lang.load;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

/**
 * The values of one column of a CSV file, for an empirical distribution: a first line naming the columns (separated
 * by commas or semicolons), then one observation a line, as many as the file holds. Blank lines are skipped. Until
 * the header has been read as column names, messages give line numbers only: a file that is not a CSV is never
 * quoted.
 */
public final class EmpiricalValues {

	/** The values in the file's own unit, or the first problem found (with the CSV's line number). */
	public record Result(double[] values, String problem) {
		public boolean ok() {
			return problem == null;
		}
	}

	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

	private EmpiricalValues() {
	}

	/** Reads column {@code column} of {@code file}, which a model element names relative to the model's file. */
	public static Result read(EObject context, String file, String column) {
		ModelDataFile.Text read = ModelDataFile.read(context, file, "a header naming column " + column + ", then one value a line");
		return read.ok() ? parse(read.text(), file, column) : problem(read.problem());
	}

	static Result parse(String text, String name, String column) {
		String[] lines = CsvLines.lines(text);
		int header = CsvLines.firstFilled(lines);
		if (header == lines.length) {
			return problem(name + " is empty: give a first line naming column " + column + ", then one value a line");
		}
		String[] names = CsvLines.fields(lines[header]);
		String at = name + ":" + (header + 1) + ": ";
		if (!Arrays.stream(names).allMatch(n -> CsvLines.COLUMN_NAME.matcher(n).matches())) {
			return problem(at + "the first line should name the columns, e.g. " + column);
		}
		int index = CsvLines.indexOf(names, column);
		if (index < 0) {
			return problem(at + "no column " + column + " in the header; its columns are " + CsvLines.listed(names));
		}
		double[] values = new double[lines.length];
		int count = 0;
		for (int i = header + 1; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			at = name + ":" + (i + 1) + ": ";
			String[] fields = CsvLines.fields(lines[i]);
			if (fields.length <= index || fields[index].isEmpty()) {
				return problem(at + "no value in column " + column + " (field " + (index + 1) + ")");
			}
			String field = fields[index];
			if (!NUMBER.matcher(field).matches()) {
				return problem(at + CsvLines.quote(field) + " in column " + column + " is not a number (write e.g. 4.5)");
			}
			double value = Double.parseDouble(field);
			if (!Double.isFinite(value)) {
				return problem(at + CsvLines.quote(field) + " in column " + column + " is too large");
			}
			if (value < 0) {
				return problem(at + "a value cannot be negative");
			}
			values[count++] = value;
		}
		if (count == 0) {
			return problem(name + " has no value under column " + column + ": give one value a line after the header");
		}
		return new Result(Arrays.copyOf(values, count), null);
	}

	private static Result problem(String message) {
		return new Result(null, message);
	}
}
