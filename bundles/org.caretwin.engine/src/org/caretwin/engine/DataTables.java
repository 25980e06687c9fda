package org.caretwin.engine;

import java.util.Arrays;

/**
 * Long tables of numbers (an arrival series of years, an empirical distribution of thousands of values) written into
 * generated code as text, because a Java array initialiser compiles to bytecode limited to 64 KB per method.
 * Each chunk is a string of numbers separated by spaces, short enough for one class-file constant.
 */
public final class DataTables {

	private DataTables() {
	}

	public static int[] ints(String... chunks) {
		return Arrays.stream(chunks).flatMap(c -> Arrays.stream(c.trim().split(" +"))).filter(t -> !t.isEmpty())
				.mapToInt(Integer::parseInt).toArray();
	}

	public static double[] doubles(String... chunks) {
		return Arrays.stream(chunks).flatMap(c -> Arrays.stream(c.trim().split(" +"))).filter(t -> !t.isEmpty())
				.mapToDouble(Double::parseDouble).toArray();
	}
}
