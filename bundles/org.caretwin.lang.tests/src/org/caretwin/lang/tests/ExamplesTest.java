package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.caretwin.lang.load.CareFiles;
import org.caretwin.lang.load.CareModelSet.Problem;
import org.junit.jupiter.api.Test;

class ExamplesTest {

	@Test
	void everyExampleChecksClean() {
		List<Path> files = CareFiles.under(ModelChecker.examples());
		assertTrue(files.size() >= 5, "examples found: " + files);
		List<Problem> issues = ModelChecker.check(files);
		assertEquals(List.of(), issues.stream().map(Problem::toString).toList());
	}
}
