package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.caretwin.lang.workspace.Problem;
import org.eclipse.xtext.diagnostics.Severity;

/** Test access to the examples, and to models written in a test next to the Loire territory and resources. */
final class ModelChecker {

	private ModelChecker() {
	}

	static Path examples() {
		return Path.of("../../dsl-examples").toAbsolutePath().normalize();
	}

	/** The model of the files in {@code folder}, loaded and validated. */
	static CheckedModel model(Path folder) {
		return CareWorkspace.standalone().modelIn(folder);
	}

	/** The model {@code file} belongs to, loaded and validated. */
	static CheckedModel modelOf(Path file) {
		return CareWorkspace.standalone().modelOf(file);
	}

	/**
	 * Problems of one model given as text (named {@code name}), with the Loire territory and resources and the files
	 * written in {@code tempDir} (arrival series) beside it: each call writes a folder of its own under
	 * {@code tempDir}, since the files of a folder form one model.
	 */
	static List<Problem> checkText(Path tempDir, String name, String text) throws IOException {
		Path folder = Files.createTempDirectory(tempDir, "model");
		for (String shared : List.of("territory.care", "resources.care")) {
			Files.copy(examples().resolve("loire").resolve(shared), folder.resolve(shared));
		}
		try (Stream<Path> written = Files.list(tempDir)) {
			for (Path file : written.filter(Files::isRegularFile).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		Path file = folder.resolve(name);
		Files.writeString(file, text);
		return modelOf(file).problems().stream().filter(p -> p.file().equals(file)).toList();
	}

	/** The errors (no warnings) of {@code text} checked as {@code model.care} the way {@link #checkText} does. */
	static List<Problem> errors(Path tempDir, String text) throws IOException {
		return checkText(tempDir, "model.care", text).stream().filter(p -> p.severity() == Severity.ERROR).toList();
	}

	/** {@code errors} is exactly one error, saying {@code message} at {@code line}:{@code column}. */
	static void assertOneError(List<Problem> errors, int line, int column, String message) {
		assertEquals(1, errors.size(), errors.toString());
		assertEquals(message, errors.get(0).message());
		assertEquals(List.of(line, column), List.of(errors.get(0).line(), errors.get(0).column()));
	}
}
