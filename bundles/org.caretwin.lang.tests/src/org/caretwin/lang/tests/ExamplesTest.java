package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.caretwin.lang.workspace.Problem;
import org.junit.jupiter.api.Test;

class ExamplesTest {

	@Test
	void everyExampleChecksClean() {
		List<CheckedModel> models = CareWorkspace.standalone().modelsUnder(ModelChecker.examples());
		assertTrue(models.size() >= 5, "example models found: " + models.stream().map(CheckedModel::folder).toList());
		List<Problem> issues = models.stream().flatMap(m -> m.problems().stream()).toList();
		assertEquals(List.of(), issues.stream().map(Problem::toString).toList());
	}
}
