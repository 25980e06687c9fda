package org.caretwin.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of {@code caretwin}. All share one table of exit codes (documented in the README); a command may
 * throw a {@link CommandException} with one of them, anything else it throws is reported as one line.
 */
public interface Command {

	/** Exit code: success. */
	int OK = 0;
	/** Exit code: the model has errors. */
	int MODEL_ERRORS = 1;
	/** Exit code: wrong usage, a missing or unreadable file, an output that cannot be written. */
	int USAGE = 2;
	/** Exit code: the model is valid but an expectation of the experiment does not hold. */
	int EXPECTATION_FAILED = 3;
	/** Exit code: the run would make more events than allowed ({@code --max-events}); nothing was run. */
	int RUN_TOO_LARGE = 4;

	String name();

	/** Argument synopsis, e.g. {@code "FILE|DIR"}. */
	String synopsis();

	/** One line saying what the command does. */
	String summary();

	int run(List<String> args, PrintStream out, PrintStream err);
}
