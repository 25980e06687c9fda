package org.caretwin.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --timings}: the wall time of each phase of a command, printed on stderr at the end. The first phase,
 * {@code start}, runs from the start of the process (the launcher script execs the JVM in the same process) to the
 * command's first line, so it covers the launcher, the JVM and class loading up to there.
 */
final class PhaseTimings {

	static final String FLAG = "--timings";

	private final boolean enabled;
	private final Map<String, Double> seconds = new LinkedHashMap<>();
	private long lapStart;

	private PhaseTimings(boolean enabled) {
		this.enabled = enabled;
		lapStart = System.nanoTime();
		if (enabled) {
			seconds.put("start", sinceProcessStart());
		}
	}

	/** Takes {@code --timings} out of {@code args} (it has no value) and starts the clock. */
	static PhaseTimings take(List<String> args) {
		boolean wanted = args.remove(FLAG);
		return new PhaseTimings(wanted);
	}

	/** Arguments without the flag, in a list {@link #take} may change. */
	static List<String> mutable(List<String> args) {
		return new ArrayList<>(args);
	}

	/** Ends the phase that ran since the previous call (or since the start). */
	void lap(String phase) {
		long now = System.nanoTime();
		seconds.merge(phase, (now - lapStart) / 1e9, Double::sum);
		lapStart = now;
	}

	void print(PrintStream err) {
		if (!enabled) {
			return;
		}
		StringBuilder line = new StringBuilder("timings:");
		double total = 0;
		for (Map.Entry<String, Double> phase : seconds.entrySet()) {
			line.append(String.format(Locale.ROOT, " %s %.2f s,", phase.getKey(), phase.getValue()));
			total += phase.getValue();
		}
		line.append(String.format(Locale.ROOT, " total %.2f s", total));
		err.println(line);
	}

	private static double sinceProcessStart() {
		Instant started = ProcessHandle.current().info().startInstant().orElse(null);
		return started == null ? 0 : Math.max(0, (System.currentTimeMillis() - started.toEpochMilli()) / 1e3);
	}
}
