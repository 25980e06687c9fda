package org.caretwin.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import org.caretwin.diagram.LaneMode;
import org.caretwin.editor.diagram.DiagramEditor;
import org.caretwin.editor.diagram.DiagramSnapshot;
import org.caretwin.editor.run.ExperimentJob;
import org.caretwin.editor.run.ExperimentRuns;
import org.caretwin.editor.run.ModelExperiments;
import org.caretwin.experiment.Simulation;
import org.eclipse.core.runtime.jobs.Job;
import org.caretwin.editor.wizards.ProjectTemplate;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.workspace.CareWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Diagram page of the Loire model in the workbench: what its browser shows is read back from the page's DOM,
 * after opening, after text edits, and after clicks on nodes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiagramEditorUiTest {

	private static final String STEP_NODES = "document.querySelectorAll('#canvas g.task, #canvas g.decision').length";
	private static final long WAIT_MS = 30_000;

	private static IFile model;
	private static ITextEditor text;
	private static DiagramEditor diagram;

	@BeforeAll
	static void openTheDiagramFromTheTextEditor() throws Exception {
		model = Ui.project("diagram", ProjectTemplate.LOIRE).getFile("arthroplasty.care");
		text = Ui.open(model);
		diagram = Ui.showDiagram();
		assertTrue(Ui.waitUntil(() -> number(STEP_NODES) > 0, WAIT_MS), "no diagram drawn");
	}

	@AfterAll
	static void closeEverything() {
		Ui.page().closeAllEditors(false);
	}

	@Test
	@Order(1)
	void everyStepOfTheModelIsANodeOfTheDiagram() {
		int steps = ResolvedModelBuilder.of(CareWorkspace.standalone().modelOf(path())).pathways().stream()
				.mapToInt(p -> p.steps().size()).sum();
		assertTrue(steps >= 8, "the Loire model has " + steps + " steps");
		assertEquals(steps, number(STEP_NODES));
		assertEquals(Boolean.TRUE, browser().evaluate("return document.getElementById('HipKnee.Surgery') != null"));
		assertEquals("none", browser().evaluate("return document.getElementById('banner').style.display"));
	}

	@Test
	@Order(2)
	void theDiagramIsAlsoOfferedByOpenWithButTheTextStaysTheDefault() {
		var registry = PlatformUI.getWorkbench().getEditorRegistry();
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", registry.getDefaultEditor(model.getName()).getId());
		assertTrue(Arrays.stream(registry.getEditors(model.getName())).anyMatch(d -> d.getId().equals(DiagramEditor.ID)));
	}

	@Test
	@Order(3)
	void theLanesSwitchBetweenProfessionSettingAndNone() {
		assertTrue(number("document.querySelectorAll('#canvas g.lane[id^=\"lane:resource:\"]').length") > 1);
		diagram.setLanes(LaneMode.SETTING);
		assertTrue(Ui.waitUntil(() -> number("document.querySelectorAll('#canvas g.lane[id^=\"lane:resource:\"]').length") == 0
				&& number("document.querySelectorAll('#canvas g.lane').length") > 1, WAIT_MS), "no lanes by setting");
		assertEquals(Boolean.TRUE, browser().evaluate("return document.getElementById('lane:setting:home') != null"));
		diagram.setLanes(LaneMode.NONE);
		assertTrue(Ui.waitUntil(() -> number("document.querySelectorAll('#canvas g.lane').length") == 1, WAIT_MS));
		diagram.setLanes(LaneMode.PROFESSION);
		assertTrue(Ui.waitUntil(() -> number("document.querySelectorAll('#canvas g.lane[id^=\"lane:resource:\"]').length") > 1,
				WAIT_MS));
	}

	@Test
	@Order(4)
	void renamingAStepInTheTextRenamesItsNode() throws Exception {
		IDocument document = Ui.document(text);
		int steps = number(STEP_NODES);
		int at = document.get().indexOf("step Anaesthesia") + "step ".length();
		document.replace(at, "Anaesthesia".length(), "PreAssessment");
		assertTrue(Ui.waitUntil(() -> Boolean.TRUE.equals(browser().evaluate(
				"return document.getElementById('HipKnee.PreAssessment') != null")), WAIT_MS), "the renamed step is not drawn");
		assertEquals(Boolean.FALSE, browser().evaluate("return document.getElementById('HipKnee.Anaesthesia') != null"));
		assertEquals(steps, number(STEP_NODES));
		assertTrue(text.isDirty(), "the rename is in the unsaved document, not on disk");
	}

	@Test
	@Order(5)
	void whileTheTextHasErrorsTheLastDiagramStaysWithABannerAndTheStepIsOutlined() throws Exception {
		IDocument document = Ui.document(text);
		String before = document.get();
		int steps = number(STEP_NODES);
		int at = before.indexOf("takes 20 min");
		document.replace(at, "takes 20 min".length(), "takes twenty min");
		assertTrue(Ui.waitUntil(() -> "block".equals(browser().evaluate("return document.getElementById('banner').style.display")),
				WAIT_MS), "no banner");
		assertEquals(DiagramSnapshot.TEXT_HAS_ERRORS, browser().evaluate("return document.getElementById('banner').textContent"));
		assertEquals(steps, number(STEP_NODES));
		assertEquals(1, number("document.getElementById('HipKnee.Referral').querySelectorAll('.care-error').length"));
		String tooltip = (String) browser().evaluate("return document.getElementById('HipKnee.Referral').querySelector('title').textContent");
		assertTrue(tooltip.lines().count() > 1, "the tooltip has the message: " + tooltip);

		document.set(before);
		assertTrue(Ui.waitUntil(() -> "none".equals(browser().evaluate("return document.getElementById('banner').style.display")),
				WAIT_MS), "the banner stays");
		assertEquals(0, number("document.querySelectorAll('#canvas .care-error').length"));
	}

	@Test
	@Order(6)
	void clickingANodeSelectsTheStepsNameInTheText() {
		browser().execute("document.getElementById('HipKnee.Surgery').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
		assertTrue(Ui.waitUntil(() -> "Surgery".equals(selectedText()), WAIT_MS), "selected: " + selectedText());
		ITextSelection selection = (ITextSelection) text.getSelectionProvider().getSelection();
		assertTrue(Ui.document(text).get().substring(0, selection.getOffset()).endsWith("step "));
		assertEquals("HipKnee.Surgery", highlighted());
	}

	@Test
	@Order(7)
	void movingTheCaretOntoAStepHighlightsItsNode() {
		Ui.page().activate(text);
		int followUp = Ui.document(text).get().indexOf("step FollowUp") + 7;
		text.selectAndReveal(followUp, 0);
		assertTrue(Ui.waitUntil(() -> "HipKnee.FollowUp".equals(highlighted()), WAIT_MS), "highlighted: " + highlighted());
		text.selectAndReveal(0, 0);
		assertTrue(Ui.waitUntil(() -> highlighted() == null, WAIT_MS), "still highlighted: " + highlighted());
	}

	@Test
	@Order(8)
	void theDiagramExportsAsPng(@TempDir Path folder) throws Exception {
		Path png = folder.resolve("loire.png");
		diagram.exportPng(png);
		assertTrue(Ui.waitUntil(() -> Files.isRegularFile(png), WAIT_MS), "no PNG written");
		byte[] head = Arrays.copyOf(Files.readAllBytes(png), 4);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, head);
		assertNotEquals(0, Files.size(png));
	}

	private static Browser browser() {
		return diagram.browser();
	}

	private static int number(String expression) {
		Object value = browser().evaluate("return " + expression);
		return value instanceof Number n ? n.intValue() : -1;
	}

	private static String highlighted() {
		return (String) browser().evaluate("var h = document.querySelector('#canvas .care-highlight'); return h ? h.parentNode.id : null");
	}

	private static String selectedText() {
		return text.getSelectionProvider().getSelection() instanceof ITextSelection s ? s.getText() : null;
	}

	private static Path path() {
		return Path.of(Objects.requireNonNull(model.getLocation()).toOSString());
	}

	@Test
	@Order(9)
	void afterARunEveryTimedStepShowsItsWaitAndTheBranchItsObservedShares() throws Exception {
		assertEquals(0, number("document.querySelectorAll('#canvas g.badge').length"), "no badge before a run");
		var experiment = ModelExperiments.of(model).experiments().get(0);
		var before = ExperimentRuns.latest().orElse(null);
		new ExperimentJob(model, experiment, Simulation.Settings.asWritten()).schedule();
		assertTrue(Ui.waitUntil(() -> ExperimentRuns.latest().orElse(null) != before
				&& Job.getJobManager().find(ExperimentJob.FAMILY).length == 0, 60_000), "the run did not finish");
		long timed = ResolvedModelBuilder.of(CareWorkspace.standalone().modelOf(path())).pathways().stream()
				.flatMap(p -> p.steps().stream()).filter(s -> !s.decision()).count();
		assertTrue(Ui.waitUntil(() -> number("document.querySelectorAll('#canvas g.badge').length") == timed, WAIT_MS),
				"a badge on each of the " + timed + " timed steps");
		String surgery = (String) browser().evaluate(
				"return document.getElementById('HipKnee.Surgery').querySelector('g.badge text').textContent");
		assertTrue(surgery.matches("wait [0-9.]+ (min|h|d) · [0-9]+%"), surgery);
		assertEquals(2, number("document.querySelectorAll('#canvas text.observed').length"), "the Stay branch's two flows");
	}
}
