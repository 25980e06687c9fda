package org.caretwin.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.TextDiagram;
import org.caretwin.diagram.glsp.GlspConnection;
import org.caretwin.editor.diagram.DiagramEditor;
import org.caretwin.editor.diagram.WorkbenchDiagrams;
import org.caretwin.editor.run.ExperimentJob;
import org.caretwin.editor.run.ExperimentRuns;
import org.caretwin.editor.run.ModelExperiments;
import org.caretwin.editor.wizards.ProjectTemplate;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.workspace.CareWorkspace;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A GLSP client in the workbench, speaking the protocol's JSON-RPC to the workbench's pathway diagram server: its
 * operations edit the text editor's document of an open diagram (not the file on disk), the Diagram page redraws,
 * and the text editor's Undo takes the edit back, since there is one history.
 */
class WorkbenchGlspUiTest {

	private static final long WAIT_MS = 30_000;

	private final List<String> received = new CopyOnWriteArrayList<>();

	@AfterEach
	void closeEverything() {
		Ui.page().closeAllEditors(false);
	}

	@Test
	void aGlspClientsRenameEditsTheOpenEditorsTextOnItsOneUndoHistory() throws Exception {
		IFile model = Ui.project("glsp", ProjectTemplate.LOIRE).getFile("arthroplasty.care");
		ITextEditor text = Ui.open(model);
		DiagramEditor diagram = Ui.showDiagram();
		assertTrue(Ui.waitUntil(() -> diagram.snapshot() != null && diagram.snapshot().svg() != null, WAIT_MS), "no diagram");
		IDocument document = Ui.document(text);
		String original = document.get();
		Path path = Path.of(model.getLocation().toOSString());
		String onDisk = Files.readString(path);

		try (GlspConnection glsp = WorkbenchDiagrams.connect(received::add)) {
			glsp.receive(request(1, "initialize", "{\"applicationId\":\"caretwin-ui-test\",\"protocolVersion\":\"1.0.0\"}"));
			await("\"id\":1");
			glsp.receive(request(2, "initializeClientSession", "{\"clientSessionId\":\"s\",\"diagramType\":\"caretwin-pathway\","
					+ "\"clientActionKinds\":[\"setModel\",\"updateModel\",\"message\"]}"));
			await("\"id\":2");
			glsp.receive(process("{\"kind\":\"requestModel\",\"requestId\":\"open\",\"options\":{\"sourceUri\":\""
					+ path.toUri() + "\"}}"));
			await("\"kind\":\"setModel\"");

			glsp.receive(process("{\"kind\":\"applyLabelEdit\",\"isOperation\":true,\"labelId\":\"HipKnee.Stay:name\","
					+ "\"text\":\"HospitalStay\"}"));
			assertTrue(Ui.waitUntil(() -> document.get().contains("step HospitalStay"), WAIT_MS), "the editor's text is not renamed");
			assertEquals(original.replaceAll("\\bStay\\b", "HospitalStay"), document.get());
			assertEquals(onDisk, Files.readString(path), "the text is not saved: the file on disk is as it was");
			await("HipKnee.HospitalStay");
			assertTrue(Ui.waitUntil(() -> diagram.snapshot().steps().stream().anyMatch(s -> s.id().equals("HipKnee.HospitalStay")),
					WAIT_MS), "the Diagram page is not redrawn");

			text.getAction(ITextEditorActionConstants.UNDO).run();
			assertEquals(original, document.get(), "the text editor's Undo takes the client's edit back");
		}
	}

	@Test
	void glspsOwnClientOnTheDiagramPageDrawsEveryNodeAndEditsTheTextBothWays() throws Exception {
		IFile model = Ui.project("glspcanvas", ProjectTemplate.LOIRE).getFile("arthroplasty.care");
		ITextEditor text = Ui.open(model);
		DiagramEditor diagram = Ui.showDiagram();
		assertTrue(Ui.waitUntil(() -> diagram.snapshot() != null && diagram.snapshot().svg() != null, WAIT_MS), "no diagram");
		IDocument document = Ui.document(text);
		String original = document.get();
		List<String> nodes = TextDiagram.of(Path.of(model.getLocation().toOSString()), original, LaneMode.PROFESSION).pathways()
				.stream().flatMap(p -> p.nodes().keySet().stream()).toList();

		diagram.showGlspCanvas(true);
		Browser canvas = diagram.glspBrowser();
		// fitted to the page once the model is there: sprotty leaves out of the DOM what is outside the viewport
		Ui.waitUntil(() -> nodes.stream().allMatch(id -> drawn(canvas, id)), WAIT_MS);
		List<String> missing = nodes.stream().filter(id -> !drawn(canvas, id)).toList();
		assertEquals(List.of(), missing, "nodes GLSP's client does not draw");
		assertTrue(((Number) canvas.evaluate("return document.querySelectorAll('.lane > .sprotty-node').length;")).intValue() > 1,
				"no lanes");

		canvas.execute("caretwinGlspDispatch({kind: 'applyLabelEdit', isOperation: true, labelId: 'HipKnee.Stay:name', "
				+ "text: 'HospitalStay'})");
		assertTrue(Ui.waitUntil(() -> document.get().contains("step HospitalStay"), WAIT_MS), "the client's rename is not in the text");
		assertEquals(original.replaceAll("\\bStay\\b", "HospitalStay"), document.get());
		assertTrue(Ui.waitUntil(() -> drawn(canvas, "HipKnee.HospitalStay"), WAIT_MS), "the canvas does not show the rename");

		text.getAction(ITextEditorActionConstants.UNDO).run();
		assertEquals(original, document.get(), "the text editor's Undo takes the canvas's edit back");
		assertTrue(Ui.waitUntil(() -> drawn(canvas, "HipKnee.Stay") && !drawn(canvas, "HipKnee.HospitalStay"), WAIT_MS),
				"the canvas does not follow the text");

		int at = original.indexOf("takes 20 min");
		document.replace(at, "takes 20 min".length(), "takes twenty min");
		assertTrue(Ui.waitUntil(() -> TextDiagram.TEXT_HAS_ERRORS.equals(statusLine(canvas)), WAIT_MS),
				"no banner on the canvas while the text has errors: '" + statusLine(canvas) + "'");
		assertTrue(drawn(canvas, "HipKnee.Stay"), "the last valid graph stays");
		document.replace(at, "takes twenty min".length(), "takes 20 min");
		assertTrue(Ui.waitUntil(() -> statusLine(canvas).isEmpty(), WAIT_MS), "the banner stays over a valid text");
		assertEquals(original, document.get());

		canvas.execute("caretwinGlspDispatch({kind: 'elementSelected', selectedElementsIDs: ['HipKnee.Surgery'], "
				+ "deselectedElementsIDs: [], deselectAll: true})");
		assertTrue(Ui.waitUntil(() -> "Surgery".equals(selectedText(text)), WAIT_MS),
				"the text does not select the step selected on the canvas: " + selectedText(text));
		assertTrue(original.substring(0, ((ITextSelection) text.getSelectionProvider().getSelection()).getOffset()).endsWith("step "));
		Ui.page().activate(text);
		int caret = original.indexOf("step FollowUp") + "step Fol".length();
		text.selectAndReveal(caret, 0);
		// the workbench reports a caret's move once it rests (the other page's highlight shows it has), to the active part
		assertTrue(Ui.waitUntil(() -> "HipKnee.FollowUp".equals(diagram.browser().evaluate(
				"var h = document.querySelector('#canvas .care-highlight'); return h ? h.parentNode.id : null")), WAIT_MS));
		Ui.page().activate(diagram);
		assertTrue(Ui.waitUntil(() -> selectedOnCanvas(canvas, "HipKnee.FollowUp") && !selectedOnCanvas(canvas, "HipKnee.Surgery"),
				WAIT_MS), "the canvas does not select the step under the text's caret");
		ITextSelection after = (ITextSelection) text.getSelectionProvider().getSelection();
		assertEquals(caret, after.getOffset(), "the canvas's selection moved the caret");
		assertEquals(0, after.getLength(), "the canvas's selection selected text");
	}

	@Test
	void afterARunTheCanvasShowsEachTimedStepsWaitAndUtilisation() throws Exception {
		IFile model = Ui.project("glspresults", ProjectTemplate.LOIRE).getFile("arthroplasty.care");
		Ui.open(model);
		DiagramEditor diagram = Ui.showDiagram();
		assertTrue(Ui.waitUntil(() -> diagram.snapshot() != null && diagram.snapshot().svg() != null, WAIT_MS), "no diagram");
		diagram.showGlspCanvas(true);
		Browser canvas = diagram.glspBrowser();
		assertTrue(Ui.waitUntil(() -> drawn(canvas, "HipKnee.Surgery"), WAIT_MS), "the canvas draws nothing");
		assertEquals(0, badges(canvas), "no badge before a run");

		var before = ExperimentRuns.latest().orElse(null);
		new ExperimentJob(model, ModelExperiments.of(model).experiments().get(0), Simulation.Settings.asWritten()).schedule();
		assertTrue(Ui.waitUntil(() -> ExperimentRuns.latest().orElse(null) != before
				&& Job.getJobManager().find(ExperimentJob.FAMILY).length == 0, 60_000), "the run did not finish");
		long timed = ResolvedModelBuilder.of(CareWorkspace.standalone().modelOf(Path.of(model.getLocation().toOSString())))
				.pathways().stream().flatMap(p -> p.steps().stream()).filter(s -> !s.decision()).count();
		assertTrue(Ui.waitUntil(() -> badges(canvas) == timed, WAIT_MS), "a badge on each of the " + timed + " timed steps: "
				+ badges(canvas));
		String surgery = String.valueOf(canvas.evaluate("return document.getElementById('sprotty_HipKnee.Surgery:badge').textContent;"));
		assertTrue(surgery.matches("wait [0-9.]+ (min|h|d) · [0-9]+%"), surgery);
	}

	private static int badges(Browser canvas) {
		return ((Number) canvas.evaluate("return document.querySelectorAll('#sprotty text.badge').length;")).intValue();
	}

	private static String selectedText(ITextEditor text) {
		return ((ITextSelection) text.getSelectionProvider().getSelection()).getText();
	}

	/** Whether sprotty shows the element {@code id} as selected. */
	private static boolean selectedOnCanvas(Browser canvas, String id) {
		return Boolean.TRUE.equals(canvas.evaluate("const g = document.getElementById(" + quoted("sprotty_" + id) + "); "
				+ "return g != null && (g.classList.contains('selected') || g.querySelector(':scope > .selected') != null);"));
	}

	/** The message of GLSP's status overlay, the canvas's banner ("" when there is none). */
	private static String statusLine(Browser canvas) {
		return String.valueOf(canvas.evaluate(
				"const m = document.querySelector('.sprotty-status-message'); return m == null ? '' : m.textContent;"));
	}

	/** Whether GLSP's client has drawn the element {@code id} (sprotty's DOM ids are the base div's id, _, the id). */
	private static boolean drawn(Browser canvas, String id) {
		return Boolean.TRUE.equals(canvas.evaluate("return document.getElementById(" + quoted("sprotty_" + id) + ") != null;"));
	}

	private static String quoted(String text) {
		return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

	private void await(String fragment) {
		assertTrue(Ui.waitUntil(() -> received.stream().anyMatch(m -> m.contains(fragment)), WAIT_MS),
				"the server sent no " + fragment + ": " + received);
	}

	private static String request(int id, String method, String params) {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
	}

	private static String process(String action) {
		return "{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"s\",\"action\":" + action + "}}";
	}
}
