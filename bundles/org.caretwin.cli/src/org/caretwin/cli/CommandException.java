package org.caretwin.cli;

/** A command that cannot go on: its one-line message, and the exit code of the table in {@link Command}. */
final class CommandException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	CommandException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	int exitCode() {
		return exitCode;
	}
}
