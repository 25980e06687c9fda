package org.caretwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in this JVM and keeps what it printed. */
final class CliRun {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int exitCode = -1;

	int run(String... args) {
		out.reset();
		err.reset();
		exitCode = new CareTwinCli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return exitCode;
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** The lines printed on stderr. */
	List<String> errLines() {
		return err().lines().toList();
	}

	String lastErrLine() {
		List<String> lines = errLines();
		return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
	}

	/** Nothing printed looks like a Java stack trace. */
	void assertNoStackTrace() {
		for (String text : List.of(out(), err())) {
			assertFalse(text.contains("\tat ") || text.contains("Exception in thread") || text.contains("Caused by:"),
					"a stack trace was printed:\n" + text);
		}
	}

	/** The exit code, the exact last line on stderr and no stack trace. */
	void assertFails(int exitCode, String lastLine) {
		assertEquals(lastLine, lastErrLine(), err());
		assertNoStackTrace();
		assertEquals(exitCode, this.exitCode, err());
	}
}
