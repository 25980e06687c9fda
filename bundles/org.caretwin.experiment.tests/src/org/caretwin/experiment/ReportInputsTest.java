package org.caretwin.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.junit.jupiter.api.Test;

/** The report's table of scenarios says each change as the modeller wrote it, not as a record of the model. */
class ReportInputsTest {

	private static String inputs(String example) {
		Path file = Path.of("../../dsl-examples").toAbsolutePath().normalize().resolve(example);
		CheckedModel checked = CareWorkspace.standalone().modelOf(file);
		assertFalse(checked.hasErrors(), checked.problems().toString());
		StringBuilder html = new StringBuilder();
		ReportInputs.append(html, ResolvedModelBuilder.of(checked));
		return html.toString();
	}

	@Test
	void scenarioChangesAreWrittenAsInTheModel() {
		String scenarios = inputs("textbook/scenarios/scenarios.care");
		assertTrue(scenarios.contains("<td>arrivals +20%</td>"), scenarios);
		assertTrue(scenarios.contains("<td>Consultation takes +20%</td>"), scenarios);
		assertTrue(scenarios.contains("<td>from week 10 to week 14: Doctor count -50%</td>"), scenarios);
		String zones = inputs("textbook/zones/zones.care");
		assertTrue(zones.contains("<td>arrivals in North +50%</td>"), zones);
		assertFalse(zones.contains("Override["), zones);
	}
}
