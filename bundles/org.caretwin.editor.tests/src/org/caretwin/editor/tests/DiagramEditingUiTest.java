package org.caretwin.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.editor.diagram.DiagramEditor;
import org.caretwin.editor.wizards.ProjectTemplate;
import org.caretwin.lang.ide.edit.Clause;
import org.caretwin.lang.ide.edit.PathwayEdit.AddFlow;
import org.caretwin.lang.ide.edit.PathwayEdit.RenameStep;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Editing the Loire pathway on its diagram: a node dragged to another cell goes to the layout sidecar and leaves the
 * text alone; a rename and a new branch target change exactly those words of the text, comments and alignment kept;
 * Undo, from the diagram and from the text editor (one history), gives the text back byte for byte.
 */
class DiagramEditingUiTest {

	private static final long WAIT_MS = 30_000;

	private static IFile model;
	private static ITextEditor text;
	private static DiagramEditor diagram;

	@BeforeAll
	static void openTheDiagram() throws Exception {
		model = Ui.project("editing", ProjectTemplate.LOIRE).getFile("arthroplasty.care");
		text = Ui.open(model);
		diagram = Ui.showDiagram();
		assertTrue(Ui.waitUntil(() -> exists("HipKnee.Surgery"), WAIT_MS), "no diagram drawn");
	}

	@AfterAll
	static void closeEverything() {
		Ui.page().closeAllEditors(false);
	}

	@Test
	void moveRenameAndABranchTargetChangeExactlyThatAndUndoRestoresTheTextByteForByte() throws Exception {
		IDocument document = Ui.document(text);
		String original = document.get();

		String consultationCell = cellOf("HipKnee.Consultation");
		String followUpCell = cellOf("HipKnee.FollowUp");
		drag("HipKnee.FollowUp", "HipKnee.Consultation");
		Path sidecar = ManualLayout.sidecarOf(path());
		assertTrue(Ui.waitUntil(() -> Files.isRegularFile(sidecar), WAIT_MS), "the move is not kept beside the file");
		assertTrue(Files.readString(sidecar).contains("HipKnee.FollowUp " + consultationCell.split(" ")[0] + " "),
				Files.readString(sidecar));
		assertTrue(Ui.waitUntil(() -> cellOf("HipKnee.FollowUp").startsWith(consultationCell.split(" ")[0] + " "), WAIT_MS),
				"FollowUp is drawn in " + cellOf("HipKnee.FollowUp"));
		assertEquals(original, document.get(), "a move changes no text");
		String moved = Files.readString(sidecar);
		text.getAction(ITextEditorActionConstants.UNDO).run();
		assertFalse(Files.exists(sidecar), "the text editor's Undo takes the move back: one history");
		assertTrue(Ui.waitUntil(() -> cellOf("HipKnee.FollowUp").equals(followUpCell), WAIT_MS),
				"FollowUp is drawn in " + cellOf("HipKnee.FollowUp") + ", not back in " + followUpCell);
		text.getAction(ITextEditorActionConstants.REDO).run();
		assertEquals(moved, Files.readString(sidecar), "Redo moves it again");
		assertEquals(original, document.get());

		assertNull(diagram.edit(new RenameStep("HipKnee.Consultation", "SurgeonVisit")));
		String renamed = original.replaceAll("\\bConsultation\\b", "SurgeonVisit");
		assertEquals(renamed, document.get());
		assertTrue(Ui.waitUntil(() -> exists("HipKnee.SurgeonVisit") && !exists("HipKnee.Consultation"), WAIT_MS));

		assertNull(diagram.edit(new AddFlow("HipKnee.Stay", "HipKnee.FollowUp", 5)));
		String branched = renamed.replace("50% -> InpatientRehab, otherwise", "50% -> InpatientRehab, 5% -> FollowUp, otherwise")
				.replace("40% -> InpatientRehab, otherwise", "40% -> InpatientRehab, 5% -> FollowUp, otherwise");
		assertEquals(branched, document.get());
		assertTrue(Ui.waitUntil(() -> count("#canvas g.flow[id$=\"->HipKnee.FollowUp:delay\"]") == 3, WAIT_MS),
				"flows into FollowUp: " + count("#canvas g.flow[id$=\"->HipKnee.FollowUp:delay\"]"));

		String refused = diagram.edit(new AddFlow("HipKnee.Stay", "HipKnee.HomeRehab", 5));
		assertEquals("Stay already sends patients to HomeRehab", refused);
		assertEquals(branched, document.get(), "a refused edit changes nothing");

		var bars = diagram.getEditorSite().getActionBars();
		assertTrue(Ui.waitUntil(() -> bars.getGlobalActionHandler(ActionFactory.UNDO.getId()).isEnabled(), WAIT_MS));
		assertFalse(bars.getGlobalActionHandler(ActionFactory.REDO.getId()).isEnabled(), "nothing to redo yet");
		bars.getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		assertEquals(renamed, document.get(), "the diagram's Undo takes back the branch target");
		assertTrue(Ui.waitUntil(() -> bars.getGlobalActionHandler(ActionFactory.REDO.getId()).isEnabled(), WAIT_MS));
		text.getAction(ITextEditorActionConstants.UNDO).run();
		assertEquals(original, document.get(), "the text editor's Undo takes back the rename: one history");
		assertFalse(text.isDirty(), "back to the text as saved");

		diagram.tidyUp();
		assertFalse(Files.exists(sidecar), "Tidy Up removes the sidecar");
	}

	@Test
	void theClausesOfAClickedStepAreItsPropertiesAndEditingOneChangesThatClause() throws Exception {
		IDocument document = Ui.document(text);
		String original = document.get();
		browser().execute("document.getElementById('HipKnee.Surgery').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
		assertTrue(Ui.waitUntil(() -> properties() != null, WAIT_MS), "no properties for the clicked step");
		IPropertySource surgery = properties();
		assertEquals("Surgery", surgery.getPropertyValue("name"));
		assertEquals("takes lognormal(mean 95 min, sd 25 min)", surgery.getPropertyValue(Clause.DURATION));
		assertEquals("by Surgeon, Anaesthetist, OperatingRoom", surgery.getPropertyValue(Clause.RESOURCES));

		surgery.setPropertyValue(Clause.DURATION, "takes lognormal(mean 80 min, sd 20 min)");
		assertEquals(original.replace("takes lognormal(mean 95 min, sd 25 min)", "takes lognormal(mean 80 min, sd 20 min)"),
				document.get());
		assertTrue(Ui.waitUntil(() -> properties() != null
				&& "takes lognormal(mean 80 min, sd 20 min)".equals(properties().getPropertyValue(Clause.DURATION)), WAIT_MS),
				"the properties follow the text");
		text.getAction(ITextEditorActionConstants.UNDO).run();
		assertEquals(original, document.get());
	}

	private static IPropertySource properties() {
		ISelection selection = diagram.getSite().getSelectionProvider().getSelection();
		return selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IPropertySource p ? p : null;
	}

	/** A drag with the mouse from the middle of one node to the middle of another, as the page receives it. */
	private static void drag(String node, String onto) {
		browser().execute("""
				(function () {
					var from = document.getElementById('%s').getBoundingClientRect();
					var to = document.getElementById('%s').getBoundingClientRect();
					var x0 = from.left + from.width / 2, y0 = from.top + from.height / 2;
					var x1 = to.left + to.width / 2, y1 = to.top + to.height / 2;
					var node = document.getElementById('%s');
					node.dispatchEvent(new MouseEvent('mousedown', {bubbles: true, button: 0, clientX: x0, clientY: y0}));
					document.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: (x0 + x1) / 2, clientY: (y0 + y1) / 2}));
					document.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: x1, clientY: y1}));
					document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true, button: 0, clientX: x1, clientY: y1}));
				})()""".formatted(node, onto, node));
	}

	private static String cellOf(String id) {
		Object cell = browser().evaluate("var g = document.getElementById('" + id
				+ "'); return g ? g.getAttribute('data-column') + ' ' + g.getAttribute('data-row') : ''");
		return String.valueOf(cell);
	}

	private static boolean exists(String id) {
		return Boolean.TRUE.equals(browser().evaluate("return document.getElementById('" + id + "') != null"));
	}

	private static int count(String selector) {
		Object value = browser().evaluate("return document.querySelectorAll('" + selector.replace("'", "\\'") + "').length");
		return value instanceof Number n ? n.intValue() : -1;
	}

	private static Browser browser() {
		return diagram.browser();
	}

	private static Path path() {
		return Path.of(Objects.requireNonNull(model.getLocation()).toOSString());
	}
}
