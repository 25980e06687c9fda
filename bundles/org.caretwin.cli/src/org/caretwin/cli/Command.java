package org.caretwin.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of {@code caretwin}. */
public interface Command {

	/** Exit code: success. */
	int OK = 0;
	/** Exit code: the model has errors. */
	int MODEL_ERRORS = 1;
	/** Exit code: wrong usage, or a subcommand that is not available. */
	int USAGE = 2;
	/** Exit code: the model is valid but an expectation of the experiment does not hold. */
	int EXPECTATION_FAILED = 3;

	String name();

	/** Argument synopsis, e.g. {@code "FILE|DIR"}. */
	String synopsis();

	/** One line saying what the command does. */
	String summary();

	int run(List<String> args, PrintStream out, PrintStream err);
}
