package org.caretwin.lang.workspace;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.caretwin.engine.OneLine;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** One issue of a model file, located for a human: {@code file:line:col: severity: message}. */
public record Problem(Path file, int line, int column, Severity severity, String message, String code,
		List<String> data) {

	/** By file, line and column. */
	public static final Comparator<Problem> IN_TEXT_ORDER = Comparator.comparing((Problem p) -> p.file().toString())
			.thenComparingInt(Problem::line).thenComparingInt(Problem::column);

	static Problem of(Path file, Issue issue) {
		return new Problem(file, issue.getLineNumber() == null ? 1 : issue.getLineNumber(),
				issue.getColumn() == null ? 1 : issue.getColumn(), issue.getSeverity(), issue.getMessage(),
				issue.getCode(), issue.getData() == null ? List.of() : List.of(issue.getData()));
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return OneLine.of(file.toString()) + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": "
				+ OneLine.of(message);
	}
}
