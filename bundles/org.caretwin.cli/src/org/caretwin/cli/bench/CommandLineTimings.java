package org.caretwin.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line end to end, as a user meets it: fresh processes of the launcher for {@code help},
 * {@code check} of the examples and {@code simulate} of the Loire example, whose {@code --timings} line says where
 * the time of one run goes (start, load+validate, generate, compile, simulate, report).
 */
public final class CommandLineTimings {

	public static final int WARM_UP_RUNS = 1;
	public static final int TIMED_RUNS = 3;
	private static final long TIMEOUT_SECONDS = 120;

	/** Wall seconds of each command, and the phases of the last {@code simulate}. */
	public record Outcome(Spread help, Spread check, Spread simulate, String simulatePhases) {
	}

	private CommandLineTimings() {
	}

	/** Runs {@code launcher} (the {@code caretwin} script) on the examples in {@code examples}. */
	public static Outcome run(Path launcher, Path examples) throws IOException, InterruptedException {
		String loire = examples.resolve("loire/arthroplasty.care").toString();
		Spread help = time(List.of(launcher.toString(), "help")).spread;
		Spread check = time(List.of(launcher.toString(), "check", examples.toString())).spread;
		Timed simulate = time(List.of(launcher.toString(), "simulate", loire, "--timings"));
		return new Outcome(help, check, simulate.spread, simulate.lastTimings);
	}

	private record Timed(Spread spread, String lastTimings) {
	}

	private static Timed time(List<String> command) throws IOException, InterruptedException {
		double[] seconds = new double[TIMED_RUNS];
		String timings = "";
		for (int run = -WARM_UP_RUNS; run < TIMED_RUNS; run++) {
			long start = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IOException(String.join(" ", command) + " failed: " + lastLine(output));
			}
			if (run >= 0) {
				seconds[run] = (System.nanoTime() - start) / 1e9;
			}
			timings = output.lines().filter(l -> l.startsWith("timings:")).reduce((a, b) -> b).orElse("");
		}
		return new Timed(Spread.of(seconds), timings);
	}

	private static String lastLine(String output) {
		List<String> lines = new ArrayList<>(output.lines().toList());
		return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
	}
}
