package org.caretwin.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and positional arguments of a subcommand. */
final class Options {

	/** A command line that cannot be understood; the message says what to change. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final Map<String, String> values = new HashMap<>();
	private final List<String> positional = new ArrayList<>();

	/** Parses {@code args}; every option takes a value and must be one of {@code known}. */
	static Options parse(List<String> args, Set<String> known) throws UsageException {
		Options options = new Options();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("-") && arg.length() > 1) {
				if (!known.contains(arg)) {
					throw new UsageException("unknown option " + arg + " (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
				}
				if (i + 1 >= args.size()) {
					throw new UsageException("option " + arg + " needs a value");
				}
				options.values.put(arg, args.get(++i));
			} else {
				options.positional.add(arg);
			}
		}
		return options;
	}

	List<String> positional() {
		return positional;
	}

	String get(String name) {
		return values.get(name);
	}

	/** A whole number option, at least {@code min}. */
	Integer integer(String name, int min) throws UsageException {
		String value = values.get(name);
		if (value == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			if (number < min) {
				throw new UsageException(name + " must be at least " + min + ", was " + value);
			}
			return number;
		} catch (NumberFormatException e) {
			throw new UsageException(name + " needs a whole number, was '" + value + "'");
		}
	}

	Long longValue(String name) throws UsageException {
		String value = values.get(name);
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new UsageException(name + " needs a whole number, was '" + value + "'");
		}
	}

	/** A comma-separated list of names, e.g. {@code --scenarios Baseline,Telemedicine}. */
	List<String> names(String name) throws UsageException {
		String value = values.get(name);
		if (value == null) {
			return null;
		}
		List<String> names = java.util.Arrays.stream(value.split(",", -1)).map(String::strip).toList();
		if (names.contains("")) {
			throw new UsageException(name + " needs names separated by commas, was '" + value + "'");
		}
		return names;
	}
}
