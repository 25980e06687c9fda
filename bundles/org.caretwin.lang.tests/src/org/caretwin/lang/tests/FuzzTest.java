package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Truncated and garbled models give errors, never an exception. */
class FuzzTest {

	@TempDir
	Path dir;

	@Test
	void truncatedAndGarbledExamplesGiveErrorsNotExceptions() throws Exception {
		SplittableRandom random = new SplittableRandom(42);
		for (Path example : CareWorkspace.standalone().modelsUnder(ModelChecker.examples()).stream()
				.flatMap(m -> m.files().stream()).toList()) {
			String text = Files.readString(example);
			for (int i = 0; i < 12; i++) {
				String broken = switch (i % 3) {
				case 0 -> text.substring(0, random.nextInt(text.length()));
				case 1 -> garble(text, random);
				default -> text.substring(0, random.nextInt(text.length())) + "} { -> % ( "
						+ text.substring(random.nextInt(text.length()));
				};
				// Must not throw; a broken model reports at least one problem unless the cut left valid text.
				List<Problem> issues = ModelChecker.checkText(dir, "fuzz" + i + ".care", broken);
				for (Problem issue : issues) {
					assertFalse(issue.message() == null || issue.message().isBlank(), issue.toString());
					assertFalse(issue.line() < 1 || issue.column() < 1, issue.toString());
				}
			}
		}
	}

	private static String garble(String text, SplittableRandom random) {
		StringBuilder builder = new StringBuilder(text);
		for (int k = 0; k < 8; k++) {
			int at = random.nextInt(builder.length());
			builder.setCharAt(at, "{}()%->:,.0123abc \n".charAt(random.nextInt(19)));
		}
		return builder.toString();
	}
}
