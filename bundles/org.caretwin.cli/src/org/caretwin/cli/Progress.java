package org.caretwin.cli;

import java.io.Console;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Runs done out of the total and the time left, on stderr, once a run has lasted {@value #QUIET_MILLIS} ms (short
 * runs print nothing), every second. On a terminal one line is rewritten in place; in a log, a line every {@value #LOG_MILLIS} ms.
 */
final class Progress {

	static final long QUIET_MILLIS = 2000;
	static final long LOG_MILLIS = 10_000;

	private final PrintStream err;
	private final int total;
	private final boolean terminal;
	private final long start = System.nanoTime();
	private final Timer ticks = new Timer("caretwin-progress", true);
	private int done;
	private long lastPrinted;
	private boolean printed;

	/** Starts reporting on {@code err}; {@link #done()} stops it. */
	Progress(PrintStream err, int total) {
		this.err = err;
		this.total = total;
		this.terminal = err == System.err && isTerminal(System.console());
		ticks.schedule(new TimerTask() {
			@Override
			public void run() {
				tick();
			}
		}, 1000, 1000);
	}

	/** {@code runs} runs are finished. */
	synchronized void update(int runs) {
		done = Math.max(done, runs);
	}

	private synchronized void tick() {
		long elapsed = (System.nanoTime() - start) / 1_000_000;
		if (elapsed < QUIET_MILLIS || (!terminal && printed && elapsed - lastPrinted < LOG_MILLIS)) {
			return;
		}
		lastPrinted = elapsed;
		printed = true;
		String left = done == 0 ? "estimating the time left"
				: "about " + duration(elapsed * (total - done) / done / 1000) + " left";
		String line = String.format(Locale.ROOT, "simulating: %d/%d runs in %s, %s", done, total, duration(elapsed / 1000), left);
		if (terminal) {
			err.print("\r" + line + "   ");
		} else {
			err.println(line);
		}
	}

	synchronized void done() {
		ticks.cancel();
		if (terminal && printed) {
			err.print("\r" + " ".repeat(70) + "\r");
		}
	}

	private static String duration(long seconds) {
		return seconds < 120 ? seconds + " s" : seconds < 7200 ? seconds / 60 + " min" : seconds / 3600 + " h";
	}

	/** {@code Console.isTerminal()} (Java 22+): from Java 22 on, a console exists even when stderr goes to a file. */
	private static boolean isTerminal(Console console) {
		if (console == null) {
			return false;
		}
		try {
			return (boolean) MethodHandles.publicLookup()
					.findVirtual(Console.class, "isTerminal", MethodType.methodType(boolean.class)).invoke(console);
		} catch (NoSuchMethodException | IllegalAccessException e) {
			return true; // Java 21: a console means a terminal
		} catch (Throwable e) {
			return false;
		}
	}
}
