package org.caretwin.diagram.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.caretwin.diagram.Examples;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModel.Branch;
import org.caretwin.lang.model.ResolvedModel.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BPMN files CareTwin did not write: what is guessed is said, what cannot be a pathway is one line. */
class BpmnImportTest {

	private static final Path RESOURCES = Path.of("resources/bpmn").toAbsolutePath();

	@TempDir
	Path temp;

	@Test
	void aForeignProcessBecomesAPathwayWithAWarningPerGuess() throws Exception {
		Path file = RESOURCES.resolve("foreign.bpmn");
		BpmnImport.Result result = BpmnImport.read(file, Set.of(), Set.of());
		String f = file + ": warning: ";
		assertEquals(List.of(
				f + "textAnnotation (id Note) is not read: a pathway has no place for it",
				f + "cohort ReferredPatients is declared by no file of the model: declared with 'arrivals 1 per day', a guess to replace",
				f + "lane 'Nurse' (id NurseLane) is taken as the resource Nurse of its tasks",
				f + "userTask 'Check in' (id CheckIn) has no duration: step CheckIn takes 1 h, a guess to replace",
				f + "resource Nurse is declared by no file of the model: declared 'count 1', a guess to replace",
				f + "lane 'Orthopaedic surgeon' (id SurgeonLane) is taken as the resource OrthopaedicSurgeon of its tasks",
				f + "userTask 'See surgeon' (id SeeSurgeon) has no duration: step SeeSurgeon takes 1 h, a guess to replace",
				f + "resource OrthopaedicSurgeon is declared by no file of the model: declared 'count 1', a guess to replace",
				f + "exclusiveGateway 'Operate?' (id Decide) has no shares (care:shares): its 2 ways get equal shares, a guess to replace",
				f + "sequenceFlow 'yes' (id f5): condition 'severe' is not read; write it as a 'where' case",
				f + "task 'Knee surgery' (id Operate) has no duration: step KneeSurgery takes 1 h, a guess to replace",
				f + "task 'Physiotherapy' (id Physio) has no duration: step Physiotherapy takes 1 h, a guess to replace",
				f + "intermediateThrowEvent 'Letter to the GP' (id Notify) is passed through: only timers mean something (a planned delay)"),
				result.warnings());

		assertTrue(result.text().contains("\n// Knee referrals from GPs, drawn by the clinic's manager.\npathway KneeClinic"), result.text());
		assertTrue(result.text().contains("    // Reception desk:\n    // identity and referral letter\n    step CheckIn"), result.text());

		// and the text is a model that checks, with the structure drawn
		Path model = Files.writeString(temp.resolve("knee.care"), result.text());
		ResolvedModel resolved = Examples.model(model);
		ResolvedModel.Pathway pathway = resolved.pathways().get(0);
		assertEquals("KneeClinic", pathway.name());
		assertEquals("ReferredPatients", pathway.cohort());
		assertEquals(List.of("CheckIn", "SeeSurgeon", "KneeSurgery", "Physiotherapy"), pathway.steps().stream().map(Step::name).toList());
		Step see = resolved.step("KneeClinic.SeeSurgeon").orElseThrow();
		assertEquals(48, see.delay().mean(), 1e-9, "the timer's PT48H");
		assertEquals(List.of("OrthopaedicSurgeon"), see.resources());
		Branch branch = (Branch) see.route();
		assertEquals(List.of("KneeClinic.KneeSurgery", "KneeClinic.Physiotherapy"), branch.targets());
		assertEquals(List.of(0.5, 0.5), branch.byProfile().get(0).shares());
		assertEquals(List.of("OrthopaedicSurgeon"), resolved.step("KneeClinic.KneeSurgery").orElseThrow().resources());
		assertEquals(List.of(), resolved.step("KneeClinic.Physiotherapy").orElseThrow().resources(), "no lane, no resource");
	}

	@Test
	void namesTheModelDeclaresAreNotDeclaredAgain() throws Exception {
		BpmnImport.Result result = BpmnImport.read(RESOURCES.resolve("foreign.bpmn"), Set.of("ReferredPatients"),
				Set.of("Nurse", "OrthopaedicSurgeon"));
		assertFalse(result.text().contains("resource "), result.text());
		assertFalse(result.text().contains("cohort "), result.text());
		assertTrue(result.warnings().stream().noneMatch(w -> w.contains("declared")), result.warnings().toString());
	}

	@Test
	void badFilesAreOneLineErrors() {
		assertError("not-xml.bpmn", ":1:1: error: not a BPMN 2.0 file: ");
		assertError("not-bpmn.bpmn", ": error: not a BPMN 2.0 file: ");
		assertError("no-start.bpmn", ": error: process 'Orphan' (id Orphan) has no start event: a pathway starts where its patients arrive");
		assertError("dead-gateway.bpmn", ": error: exclusiveGateway 'Where next' (id Where) has no outgoing flow: a gateway chooses among at least one");
		assertError("parallel.bpmn", ": error: parallelGateway 'Both' (id Split): a patient follows one path in CareTwin; use an exclusive gateway");
		assertError("missing.bpmn", ": error: no such file");
		Path invalid = RESOURCES.resolve("invalid-order.bpmn");
		BpmnImportException e = assertThrows(BpmnImportException.class, () -> BpmnImport.read(invalid, Set.of(), Set.of()));
		assertTrue(e.getMessage().matches(java.util.regex.Pattern.quote(invalid.toString())
				+ ": error: line 32: not valid BPMN 2\\.0: cvc-complex-type.2.4.a: Invalid content was found starting with"
				+ " element 'sequenceFlow'\\. One of 'artifact, .*"), e.getMessage());
	}

	private static void assertError(String name, String expected) {
		Path file = RESOURCES.resolve(name);
		BpmnImportException e = assertThrows(BpmnImportException.class, () -> BpmnImport.read(file, Set.of(), Set.of()));
		assertTrue(e.getMessage().startsWith(file + expected), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
	}

	@Test
	void isoDurationsBecomeCareTimes() {
		assertEquals("2 h", IsoDurations.toCare("PT2H"));
		assertEquals("3 days", IsoDurations.toCare("P3D"));
		assertEquals("90 min", IsoDurations.toCare("PT1H30M"));
		assertEquals("42 days", IsoDurations.toCare("P6W"));
		assertEquals("2 months", IsoDurations.toCare("P2M"));
		assertEquals(null, IsoDurations.toCare("soon"));
	}
}
