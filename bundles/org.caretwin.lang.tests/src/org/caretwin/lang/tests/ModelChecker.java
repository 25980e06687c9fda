package org.caretwin.lang.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.caretwin.lang.load.CareFiles;
import org.caretwin.lang.load.CareModelSet;
import org.caretwin.lang.load.CareModelSet.Problem;

/** Test access to the examples, and to models written in a test next to the Loire territory and resources. */
final class ModelChecker {

	private ModelChecker() {
	}

	static Path examples() {
		return Path.of("../../dsl-examples").toAbsolutePath().normalize();
	}

	static List<Problem> check(List<Path> files) {
		return CareModelSet.load(files).validate(files);
	}

	/** Problems of one model given as text (named {@code name}), with the Loire territory and resources beside it. */
	static List<Problem> checkText(Path tempDir, String name, String text) throws IOException {
		Path file = tempDir.resolve(name);
		Files.writeString(file, text);
		List<Path> files = new ArrayList<>(CareFiles.under(examples().resolve("loire")));
		files.removeIf(f -> f.getFileName().toString().equals("arthroplasty.care"));
		files.add(file);
		return CareModelSet.load(files).validate(List.of(file));
	}
}
