package org.caretwin.lang.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A table of numbers as a Java expression: inline and readable while short; beyond {@link #INLINE_LIMIT} values, as
 * text chunks read by {@code DataTables} when the class loads, because an array initialiser compiles to bytecode and a
 * method's bytecode is limited to 64 KB.
 */
final class TableSource {

	static final int INLINE_LIMIT = 200;
	private static final int CHUNK_CHARACTERS = 8000;

	private TableSource() {
	}

	/** {@code new int[] { 1, 2 }} or {@code DataTables.ints("1 2 …", "…")}; {@code lineBreakEvery} values per line. */
	static String ints(int[] values, int lineBreakEvery) {
		if (values.length <= INLINE_LIMIT) {
			StringBuilder inline = new StringBuilder("{");
			for (int i = 0; i < values.length; i++) {
				inline.append(i % lineBreakEvery == 0 ? "\n            " : " ").append(values[i]).append(i + 1 < values.length ? "," : "");
			}
			return inline.append(" }").toString();
		}
		return "DataTables.ints(" + chunks(values.length, i -> Integer.toString(values[i])) + ")";
	}

	/** {@code new double[] { expressions }} or {@code DataTables.doubles(…)} of the same values. */
	static String doubles(List<String> expressions, double[] values) {
		if (values.length <= INLINE_LIMIT) {
			return "new double[] { " + String.join(", ", expressions) + " }";
		}
		return "DataTables.doubles(" + chunks(values.length, i -> Double.toString(values[i])) + ")";
	}

	private static String chunks(int count, IntFunction<String> value) {
		List<String> chunks = new ArrayList<>();
		StringBuilder chunk = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (chunk.length() > CHUNK_CHARACTERS) {
				chunks.add(JavaNames.string(chunk.toString()));
				chunk.setLength(0);
			}
			chunk.append(chunk.isEmpty() ? "" : " ").append(value.apply(i));
		}
		chunks.add(JavaNames.string(chunk.toString()));
		return "\n            " + String.join(",\n            ", chunks);
	}
}
