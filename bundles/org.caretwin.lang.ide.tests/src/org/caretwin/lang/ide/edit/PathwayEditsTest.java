package org.caretwin.lang.ide.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.caretwin.lang.ide.edit.PathwayEdit.AddFlow;
import org.caretwin.lang.ide.edit.PathwayEdit.DeleteStep;
import org.caretwin.lang.ide.edit.PathwayEdit.EndAfter;
import org.caretwin.lang.ide.edit.PathwayEdit.InsertStep;
import org.caretwin.lang.ide.edit.PathwayEdit.Reconnect;
import org.caretwin.lang.ide.edit.PathwayEdit.RemoveFlow;
import org.caretwin.lang.ide.edit.PathwayEdit.RenameStep;
import org.caretwin.lang.ide.edit.PathwayEdit.SetClause;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each diagram edit of the Loire pathway becomes the expected change of its text and nothing else: the comments,
 * alignment and blank lines outside the edited step stay byte for byte, and the edited model is valid.
 */
class PathwayEditsTest {

	private static final Path LOIRE = Path.of("../../dsl-examples/loire");

	private final PathwayEdits edits = new PathwayEdits(CareWorkspace.standalone());

	@TempDir
	Path folder;
	private Path file;
	private String text;

	@BeforeEach
	void copyLoire() throws IOException {
		try (Stream<Path> files = Files.list(LOIRE)) {
			for (Path f : files.toList()) {
				Files.copy(f, folder.resolve(f.getFileName()));
			}
		}
		file = folder.resolve("arthroplasty.care");
		text = Files.readString(file);
	}

	private String edited(PathwayEdit edit) {
		String result = PathwayEdits.applied(text, edits.of(file, text, edit).get(file));
		CheckedModel checked = CareWorkspace.standalone().modelOf(file, result);
		assertFalse(checked.hasErrors(), () -> "the edited model has errors: " + checked.problems() + "\n" + result);
		return result;
	}

	/** {@code text} with the one span {@code before} replaced by {@code after}: what a minimal edit must give. */
	private String replacing(String before, String after) {
		assertEquals(1, text.split(java.util.regex.Pattern.quote(before), -1).length - 1, "the span is unique: " + before);
		return text.replace(before, after);
	}

	@Test
	void addingABranchTargetAddsItToEveryCaseBeforeTheRest() {
		String result = edited(new AddFlow("HipKnee.Stay", "HipKnee.FollowUp", 5));
		assertEquals(replacing("""
				Hip:  50% -> InpatientRehab, otherwise -> HomeRehab
				            Knee: 40% -> InpatientRehab, otherwise""", """
				Hip:  50% -> InpatientRehab, 5% -> FollowUp, otherwise -> HomeRehab
				            Knee: 40% -> InpatientRehab, 5% -> FollowUp, otherwise"""), result);
	}

	@Test
	void aFlowFromAStepThatWentOnTurnsItIntoABranch() {
		String result = edited(new AddFlow("HipKnee.Consultation", "HipKnee.FollowUp", 10));
		assertEquals(replacing("after exponential(mean 3 weeks)\n", """
				after exponential(mean 3 weeks)
				        then branch {
				            10% -> FollowUp, otherwise -> Anaesthesia
				        }
				"""), result);
	}

	@Test
	void aFlowFromAStepThatEndedSendsItsPatientsOnAndKeepsTheAlignedComment() {
		text = text.replace("    step FollowUp", "    step Extra by Surgeon takes 5 min\n        end\n    step FollowUp");
		String result = edited(new AddFlow("HipKnee.FollowUp", "HipKnee.Extra", 5));
		assertEquals(replacing("prefer it\n        end\n", "prefer it\n        then Extra\n"), result);
	}

	@Test
	void reconnectingChangesOnlyTheTargetName() {
		String result = edited(new Reconnect("HipKnee.InpatientRehab", "HipKnee.FollowUp", "HipKnee.HomeRehab"));
		assertEquals(replacing("""
				RehabBed for lognormal(mean 23 days, sd 8 days)
				        then FollowUp""", """
				RehabBed for lognormal(mean 23 days, sd 8 days)
				        then HomeRehab"""), result);
	}

	@Test
	void removingTheTargetThatTookTheRestGivesItToTheLastOne() {
		withoutTheScenarioBranch();
		String result = edited(new RemoveFlow("HipKnee.Stay", "HipKnee.HomeRehab"));
		assertTrue(result.contains("then InpatientRehab"), result);
		assertFalse(result.contains("branch {"), result);
		assertKeepsEverythingOutside("step Stay", "// HAS thresholds", result);
	}

	@Test
	void endingAfterAStepWritesEnd() {
		String result = edited(new EndAfter("HipKnee.InpatientRehab"));
		assertEquals(replacing("""
				sd 8 days)
				        then FollowUp""", """
				sd 8 days)
				        end"""), result);
	}

	@Test
	void anInsertedStepTakesOverTheRouteOfTheStepBefore() {
		String result = edited(new InsertStep("HipKnee.InpatientRehab", "Discharge", 15));
		assertTrue(result.contains("step Discharge by RehabBed takes 15 min"), result);
		int rehab = result.indexOf("step InpatientRehab");
		int discharge = result.indexOf("step Discharge");
		int then = result.indexOf("then FollowUp", rehab);
		assertTrue(rehab < discharge && discharge < then, "InpatientRehab → Discharge → FollowUp:\n" + result);
		assertKeepsEverythingOutside("step InpatientRehab", "step HomeRehab", result);
	}

	@Test
	void deletingAStepTakesItsLinesAndLeavesTheFlowThroughIt() {
		String anaesthesia = """
				    step Anaesthesia  by Anaesthetist  takes 20 min   at Clinic  after 2 weeks
				        remote Teleconsultation takes 15 min for 25%       // assumption: a quarter of pre-anaesthesia visits are remote today
				""";
		assertEquals(replacing(anaesthesia, ""), edited(new DeleteStep("HipKnee.Anaesthesia")));
	}

	@Test
	void deletingABranchTargetSendsItsPatientsWhereItSentThem() {
		withoutTheScenarioBranch();
		String result = edited(new DeleteStep("HipKnee.InpatientRehab"));
		assertFalse(result.contains("step InpatientRehab"), result);
		assertTrue(result.contains("Hip:  50% -> FollowUp, otherwise -> HomeRehab"), result);
		assertTrue(result.contains("// HAS thresholds: 15 sessions after THA, 25 after TKA."), result);
	}

	@Test
	void renamingAStepRenamesItWhereverItIsNamedAndNothingElse() {
		String result = edited(new RenameStep("HipKnee.FollowUp", "SixWeekReview"));
		assertEquals(text.replaceAll("\\bFollowUp\\b", "SixWeekReview"), result);
	}

	@Test
	void renamingAStepRenamesItInTheKpisThatNameIt() {
		String result = edited(new RenameStep("HipKnee.Consultation", "SurgeonVisit"));
		assertEquals(text.replaceAll("\\bConsultation\\b", "SurgeonVisit"), result);
		assertTrue(result.contains("report wait(SurgeonVisit), wait(Surgery)"), result);
	}

	@Test
	void theClausesOfAStepReadAsWrittenAndChangeOneByOne() {
		Map<Clause, String> stay = edits.clausesOf(file, text, "HipKnee.Stay");
		assertEquals("uses Bed", stay.get(Clause.RESOURCES));
		assertEquals("for lognormal(mean 4.4 days, sd 2.9 days)", stay.get(Clause.DURATION));
		assertEquals("when unavailable lose \"cancelled, no bed\"", stay.get(Clause.WHEN_UNAVAILABLE));
		assertEquals("", stay.get(Clause.SETTING));
		assertTrue(stay.get(Clause.ROUTE).startsWith("then branch {"), stay.get(Clause.ROUTE));
		assertEquals("remote Teleconsultation takes 15 min for 25%", edits.clausesOf(file, text, "HipKnee.Anaesthesia").get(Clause.REMOTE));

		assertEquals(replacing("takes lognormal(mean 95 min, sd 25 min)", "takes lognormal(mean 80 min, sd 20 min)"),
				edited(new SetClause("HipKnee.Surgery", Clause.DURATION, "takes lognormal(mean 80 min, sd 20 min)")));
		assertEquals(replacing("step Referral     by GP            takes 20 min\n", "step Referral     by GP            takes 20 min at Clinic\n"),
				edited(new SetClause("HipKnee.Referral", Clause.SETTING, "at Clinic")));
		assertEquals(replacing("\n                      when unavailable lose \"cancelled, no bed\"", ""),
				edited(new SetClause("HipKnee.Stay", Clause.WHEN_UNAVAILABLE, "")));
		assertRefused(new SetClause("HipKnee.Surgery", Clause.DURATION, "takes ninety min"),
				"'takes ninety min' does not fit Surgery: " + firstError("takes lognormal(mean 95 min, sd 25 min)", "takes ninety min"));
	}

	private String firstError(String written, String typed) {
		return CareWorkspace.standalone().modelOf(file, text.replace(written, typed)).problems().stream()
				.filter(p -> p.isError()).findFirst().orElseThrow().message();
	}

	@Test
	void editsThatDoNotFitThePathwaySayWhyAndChangeNothing() {
		assertRefused(new AddFlow("HipKnee.Stay", "HipKnee.HomeRehab", 10), "Stay already sends patients to HomeRehab");
		assertRefused(new Reconnect("HipKnee.Referral", "HipKnee.Surgery", "HipKnee.Stay"),
				"Referral does not send patients to Surgery");
		assertRefused(new AddFlow("HipKnee.Stay", "HipKnee.Nowhere", 10), "There is no step HipKnee.Nowhere in this file");
		assertRefused(new AddFlow("HipKnee.Stay", "HipKnee.FollowUp", 120), "A share of patients is between 0% and 100%, not 120.0%");
		assertRefused(new InsertStep("HipKnee.Stay", "Surgery", 10), "HipKnee already has a step Surgery");
		assertRefused(new InsertStep("HipKnee.Stay", "2nd", 10), "'2nd' is not a step name: letters, digits and _, not first a digit");
		assertRefused(new DeleteStep("HipKnee.FollowUp"), "FollowUp is named on line 37: change that first");
		assertRefused(new DeleteStep("HipKnee.InpatientRehab"), "InpatientRehab is named on line 46: change that first");
		assertRefused(new EndAfter("HipKnee.FollowUp"), "The pathway already ends after FollowUp");
	}

	@Test
	void aTextWithErrorsIsNotEdited() {
		String broken = text.replace("step Referral", "step Referral by Nobody");
		PathwayEditException refused = assertThrows(PathwayEditException.class,
				() -> edits.of(file, broken, new EndAfter("HipKnee.Referral")));
		assertEquals("The text has errors (line 13): correct them before editing the diagram", refused.getMessage());
	}

	/** The scenario that changes the Stay's branch, which edits of that branch would leave without one. */
	private void withoutTheScenarioBranch() {
		text = text.replace("    branch after Stay: Hip: 30% -> InpatientRehab, otherwise -> HomeRehab; Knee: 20% -> InpatientRehab, otherwise -> HomeRehab\n", "");
	}

	private void assertRefused(PathwayEdit edit, String message) {
		PathwayEditException refused = assertThrows(PathwayEditException.class, () -> edits.of(file, text, edit));
		assertEquals(message, refused.getMessage());
	}

	/** The text before {@code first} and from {@code next} on is as it was: the edit stayed inside one step. */
	private void assertKeepsEverythingOutside(String first, String next, String result) {
		assertEquals(text.substring(0, text.indexOf(first)), result.substring(0, result.indexOf(first)));
		assertEquals(text.substring(text.indexOf(next)), result.substring(result.indexOf(next)));
	}

}
