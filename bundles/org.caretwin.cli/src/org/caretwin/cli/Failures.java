package org.caretwin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.caretwin.engine.OneLine;

/**
 * What went wrong, as one line for a modeller. Anything a command did not foresee ends here: an error inside the
 * generated simulation (an {@link ExceptionInInitializerError} wrapping the engine's refusal, say) is reported by
 * its innermost cause, since that is the one that names the model's problem.
 */
final class Failures {

	private Failures() {
	}

	/** The exit code for {@code failure}. */
	static int exitCode(Throwable failure) {
		if (failure instanceof CommandException command) {
			return command.exitCode();
		}
		Throwable cause = rootCause(failure);
		return cause instanceof IOException ? Command.USAGE : Command.MODEL_ERRORS;
	}

	/** The message, without a position: the caller prefixes {@code caretwin <cmd>: }. */
	static String describe(Throwable failure) {
		if (failure instanceof CommandException) {
			return OneLine.of(failure.getMessage());
		}
		Throwable cause = rootCause(failure);
		String text = switch (cause) {
		case OutOfMemoryError e -> "out of memory: the run needs more than the Java heap"
				+ " (raise it with CARETWIN_VMARGS=-Xmx8g, or lower the horizon or the replications)";
		case StackOverflowError e -> "stack overflow: the model nests or refers to itself too deeply";
		case NoSuchFileException e -> e.getFile() + ": no such file";
		case AccessDeniedException e -> e.getFile() + ": permission denied";
		case FileSystemException e -> e.getFile() + ": " + (e.getReason() == null ? "cannot be read or written" : e.getReason());
		case IOException e -> e.getMessage();
		// The engine's own refusals are written for modellers; anything else also says what failed.
		case IllegalArgumentException e when e.getMessage() != null -> "the model cannot run: " + e.getMessage();
		case IllegalStateException e when e.getMessage() != null -> "the model cannot run: " + e.getMessage();
		default -> "the model cannot run: " + (cause.getMessage() == null ? "" : cause.getMessage() + " ")
				+ "(" + cause.getClass().getSimpleName() + "; --debug shows where)";
		};
		return OneLine.of(text);
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}
}
