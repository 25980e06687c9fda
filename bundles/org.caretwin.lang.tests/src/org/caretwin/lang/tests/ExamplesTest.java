package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

class ExamplesTest {

	@Test
	void everyExampleChecksClean() throws Exception {
		List<Path> files = ModelChecker.careFiles(ModelChecker.examples());
		assertTrue(files.size() >= 5, "examples found: " + files);
		List<Issue> issues = ModelChecker.check(files);
		assertEquals(List.of(), issues.stream().map(Issue::toString).toList());
	}
}
