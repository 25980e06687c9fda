package org.caretwin.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.caretwin.editor.assist.CareContentAssistProcessor;
import org.caretwin.editor.navigation.CareHyperlinkDetector;
import org.caretwin.editor.outline.CareOutlinePage;
import org.caretwin.editor.project.CareBuilder;
import org.caretwin.editor.project.CareNature;
import org.caretwin.editor.wizards.ProjectTemplate;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.internal.ErrorEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The .care editor as a modeller uses it, in the CareTwin workbench. The first test opens a .care file first thing
 * in the fresh test workspace (it once failed there with "can't find IDfind.ext").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CareEditorUiTest {

	private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
	private static final List<IStatus> LOGGED = new ArrayList<>();
	private static final ILogListener LOG_LISTENER = (status, plugin) -> {
		synchronized (LOGGED) {
			LOGGED.add(status);
		}
	};

	private static IProject loire;

	@BeforeAll
	static void watchTheLog() {
		Platform.addLogListener(LOG_LISTENER);
	}

	@AfterAll
	static void closeEverything() {
		Ui.page().closeAllEditors(false);
		Platform.removeLogListener(LOG_LISTENER);
	}

	@Test
	@Order(1)
	void aCareFileOpensFirstThingInTheCareTwinEditor() throws Exception {
		loire = Ui.project("loire", ProjectTemplate.LOIRE);
		IFile model = loire.getFile("arthroplasty.care");
		assertEquals("org.caretwin.editor.care", model.getContentDescription().getContentType().getId());
		assertEquals(GENERIC_EDITOR, IDE.getDefaultEditor(model).getId());

		IEditorPart part = IDE.openEditor(Ui.page(), model, true);
		assertFalse(part instanceof ErrorEditorPart, "the editor failed to open: " + part.getTitleToolTip());
		assertEquals(GENERIC_EDITOR, part.getSite().getId());
		assertTrue(part.getAdapter(ITextEditor.class) != null);
		assertEquals("arthroplasty.care", part.getTitle());
		synchronized (LOGGED) {
			assertEquals(List.of(), LOGGED.stream().filter(s -> s.getSeverity() >= IStatus.WARNING).toList());
		}
	}

	@Test
	@Order(2)
	void theExampleHasNoErrorMarkers() throws Exception {
		assertTrue(loire.hasNature(CareNature.ID));
		assertTrue(java.util.Arrays.stream(loire.getDescription().getBuildSpec()).anyMatch(c -> c.getBuilderName().equals(CareBuilder.ID)));
		List<IFile> files = List.of(loire.getFile("arthroplasty.care"), loire.getFile("resources.care"), loire.getFile("territory.care"));
		Ui.waitForValidation(files, 60_000);
		// Another project opened just before may still be indexing: the markers settle within seconds.
		Ui.waitUntil(() -> errors(loire).isEmpty(), 30_000);
		assertEquals("[]", Ui.describe(errors(loire)));
	}

	@Test
	@Order(3)
	void aTypedErrorIsAMarkerOnItsLineWithinTwoSeconds() throws Exception {
		ITextEditor editor = Ui.open(loire.getFile("arthroplasty.care"));
		IDocument document = Ui.document(editor);
		int line = 13; // "step Consultation by Surgeon ..." (0-based)
		int offset = document.get().indexOf("Surgeon", document.getLineOffset(line));
		long start = System.currentTimeMillis();
		document.replace(offset, "Surgeon".length(), "Surgeno");
		boolean marked = Ui.waitUntil(() -> errorsOnLine(loire.getFile("arthroplasty.care"), line + 1) > 0, 2_000);
		long elapsed = System.currentTimeMillis() - start;
		assertTrue(marked, "no error marker on line " + (line + 1) + " after " + elapsed + " ms: " + Ui.describe(Ui.problems(loire)));
		IMarker marker = Ui.problems(loire).get(0);
		assertEquals(offset, marker.getAttribute(IMarker.CHAR_START, -1), "the marker starts at the typo");
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("Surgeno"), marker.getAttribute(IMarker.MESSAGE, ""));
		assertTrue(editor.isDirty());

		// Undo restores the text, and the marker goes away as the server revalidates.
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		assertEquals(-1, document.get().indexOf("Surgeno"));
		assertTrue(Ui.waitUntil(() -> errorsOnLine(loire.getFile("arthroplasty.care"), line + 1) == 0, 5_000));
		editor.doRevertToSaved();
		assertFalse(editor.isDirty());
	}

	@Test
	@Order(4)
	void contentAssistOffersAResourceNameFromAnotherFile() throws Exception {
		ITextEditor editor = Ui.open(loire.getFile("arthroplasty.care"));
		IDocument document = Ui.document(editor);
		int offset = document.get().indexOf("by GP") + "by ".length();
		document.replace(offset, "GP".length(), "");
		try {
			ICompletionProposal[] proposals = new CareContentAssistProcessor().computeCompletionProposals(Ui.viewer(editor), offset);
			List<String> shown = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
			assertTrue(shown.stream().anyMatch(s -> s.startsWith("Surgeon")), shown.toString());
			assertTrue(shown.stream().anyMatch(s -> s.startsWith("Physiotherapist")), shown.toString());

			ICompletionProposal surgeon = Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith("Surgeon")).findFirst().orElseThrow();
			surgeon.apply(document);
			assertTrue(document.get().contains("step Referral     by Surgeon"), document.get().substring(0, 600));
		} finally {
			editor.doRevertToSaved();
		}
	}

	@Test
	@Order(5)
	void f3OnAResourceOpensItsDeclarationInTheOtherFile() throws Exception {
		ITextEditor editor = Ui.open(loire.getFile("arthroplasty.care"));
		IDocument document = Ui.document(editor);
		int use = document.get().indexOf("Surgeon");
		IHyperlink[] links = new CareHyperlinkDetector().detectHyperlinks(Ui.viewer(editor), new Region(use + 2, 0), false);
		assertNotNull(links, "no declaration found for Surgeon");
		assertEquals(new Region(use, "Surgeon".length()), links[0].getHyperlinkRegion());

		// F3 runs the editor's Open Hyperlink command on the caret.
		editor.selectAndReveal(use + 2, 0);
		Ui.page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.text.open.hyperlink", null);
		IEditorPart active = Ui.page().getActiveEditor();
		assertEquals("resources.care", active.getTitle());
		ITextEditor declaration = active.getAdapter(ITextEditor.class);
		ITextSelection selection = (ITextSelection) declaration.getSelectionProvider().getSelection();
		assertEquals("Surgeon", selection.getText());
		assertTrue(Ui.document(declaration).get(Ui.document(declaration).getLineOffset(selection.getStartLine()), 9).startsWith("resource"),
				"the selection is the declaration");
	}

	@Test
	@Order(6)
	void theOutlineShowsTheModelsDeclarationsAndSelectsInTheEditor() throws Exception {
		ITextEditor editor = Ui.open(loire.getFile("arthroplasty.care"));
		ContentOutline outline = (ContentOutline) Ui.page().showView(IPageLayout.ID_OUTLINE);
		Ui.page().activate(editor);
		assertTrue(Ui.waitUntil(() -> outline.getCurrentPage() instanceof CareOutlinePage page && !page.symbols().isEmpty(), 10_000),
				"outline page: " + outline.getCurrentPage());
		CareOutlinePage page = (CareOutlinePage) outline.getCurrentPage();
		List<String> names = page.symbols().stream().map(s -> s.getName()).toList();
		assertTrue(names.containsAll(List.of("Arthroplasty", "HipKnee", "Baseline", "Loire2026")), names.toString());
		var pathway = page.symbols().stream().filter(s -> s.getName().equals("HipKnee")).findFirst().orElseThrow();
		assertTrue(pathway.getChildren().stream().anyMatch(s -> s.getName().endsWith("Surgery")), pathway.toString());
	}

	@Test
	@Order(7)
	void formatIsOneUndoableChange() throws Exception {
		IFile file = loire.getFile("messy.care");
		String messy = "resource Clerk count 2\ncohort People {\narrivals 10 per day\n}\n";
		file.create(new java.io.ByteArrayInputStream(messy.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = Ui.open(file);
		IDocument document = Ui.document(editor);
		Ui.waitForValidation(List.of(file), 20_000);
		Ui.page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.caretwin.editor.format", null);
		assertNotEquals(messy, document.get());
		assertTrue(document.get().contains("cohort People {\n    arrivals 10 per day\n}"), document.get());
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		assertEquals(messy, document.get(), "one undo restores the text");
		editor.doRevertToSaved();
	}

	@Test
	@Order(8)
	void toggleCommentCommentsTheLineOutAndIn() throws Exception {
		ITextEditor editor = Ui.open(loire.getFile("resources.care"));
		IDocument document = Ui.document(editor);
		int line = document.getLineOfOffset(document.get().indexOf("resource Surgeon"));
		editor.selectAndReveal(document.getLineOffset(line) + 3, 0);
		IHandlerService handlers = Ui.page().getWorkbenchWindow().getService(IHandlerService.class);
		handlers.executeCommand("org.caretwin.editor.toggleComment", null);
		assertTrue(document.get(document.getLineOffset(line), 20).startsWith("// resource Surgeon"));
		handlers.executeCommand("org.caretwin.editor.toggleComment", null);
		assertTrue(document.get(document.getLineOffset(line), 20).startsWith("resource Surgeon"));
		editor.doRevertToSaved();
	}

	@Test
	@Order(9)
	void savingAnErrorIntoAClosedFileMarksItThroughTheBuilder() throws Exception {
		Ui.page().closeAllEditors(false);
		IFile territory = loire.getFile("territory.care");
		String text = new String(territory.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		try {
			territory.setContents(new java.io.ByteArrayInputStream(text.replace("site Clinic", "site Clinic Clinic")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
			assertTrue(Ui.waitUntil(() -> errorsOnLine(territory, -1) > 0, 10_000), "no marker after a save on disk");
		} finally {
			territory.setContents(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
		}
		assertTrue(Ui.waitUntil(() -> errorsOnLine(territory, -1) == 0, 10_000), Ui.describe(Ui.problems(territory)));
	}

	@Test
	@Order(10)
	void theNewFileWizardsModelIsValid() throws Exception {
		// A new model goes in a folder of its own: the .care files of one folder form one model.
		org.eclipse.core.resources.IFolder folder = loire.getFolder("fresh");
		folder.create(true, true, null);
		assertTrue(org.caretwin.editor.wizards.NewCareFileWizard.folderHoldsAModel(loire.getFullPath()), "warns in loire");
		assertFalse(org.caretwin.editor.wizards.NewCareFileWizard.folderHoldsAModel(folder.getFullPath()));
		IFile file = folder.getFile("model.care");
		file.create(new java.io.ByteArrayInputStream(org.caretwin.editor.wizards.NewCareFileWizard.SKELETON
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		try {
			Ui.waitForValidation(List.of(file), 20_000);
			assertEquals("[]", Ui.describe(Ui.problems(file)));
		} finally {
			folder.delete(true, null);
		}
	}

	@Test
	@Order(11)
	void preferencesOpenOnTheCareTwinPageWithoutWarnings() {
		synchronized (LOGGED) {
			LOGGED.clear();
		}
		assertEquals(10, org.caretwin.editor.preferences.CarePreferences.store().getInt(
				org.caretwin.editor.preferences.CarePreferences.DEFAULT_REPLICATIONS));
		var dialog = org.eclipse.ui.dialogs.PreferencesUtil.createPreferenceDialogOn(Ui.page().getWorkbenchWindow().getShell(),
				"org.caretwin.editor.preferences", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertTrue(dialog.getSelectedPage() instanceof org.caretwin.editor.preferences.CarePreferencePage,
					String.valueOf(dialog.getSelectedPage()));
		} finally {
			dialog.close();
		}
		synchronized (LOGGED) {
			assertEquals(List.of(), LOGGED.stream().filter(s -> s.getSeverity() >= IStatus.WARNING).map(IStatus::getMessage).toList());
		}
	}

	@Test
	@Order(12)
	void hoverShowsTheModellersCommentOnAResource() throws Exception {
		ITextEditor editor = Ui.open(loire.getFile("arthroplasty.care"));
		IDocument document = Ui.document(editor);
		int use = document.get().indexOf("Surgeon");
		String hover = new org.caretwin.editor.navigation.CareTextHover().getHoverInfo(Ui.viewer(editor),
				org.caretwin.editor.navigation.Words.at(document, use + 1));
		assertNotNull(hover);
		assertTrue(hover.contains("Counts at the clinic are assumptions"), hover);
	}

	@Test
	@Order(13)
	void aQuickFixReplacesAnUnknownIndicatorByTheClosestName() throws Exception {
		IFile file = loire.getFile("arthroplasty.care");
		ITextEditor editor = Ui.open(file);
		IDocument document = Ui.document(editor);
		int offset = document.get().indexOf("report wait(") + "report ".length();
		document.replace(offset, "wait".length(), "wiat");
		try {
			assertTrue(Ui.waitUntil(() -> unknownKpi(file) != null, 5_000), Ui.describe(Ui.problems(file)));
			IMarker marker = unknownKpi(file);
			var resolutions = new org.caretwin.editor.quickfix.CareMarkerResolutions().getResolutions(marker);
			assertEquals("Change to 'wait'", resolutions[0].getLabel());
			resolutions[0].run(marker);
			assertTrue(document.get().contains("report wait(Consultation)"), document.get().substring(offset - 20, offset + 30));
		} finally {
			editor.doRevertToSaved();
		}
	}

	@Test
	@Order(14)
	void renameChangesTheDeclarationAndEveryUseInEveryFile() throws Exception {
		Ui.page().closeAllEditors(false);
		ITextEditor editor = Ui.open(loire.getFile("arthroplasty.care"));
		IDocument document = Ui.document(editor);
		int use = document.get().indexOf("uses Bed") + "uses ".length();
		var params = new org.eclipse.lsp4j.RenameParams(new org.eclipse.lsp4j.TextDocumentIdentifier(
				org.caretwin.editor.lsp.Uris.of(loire.getFile("arthroplasty.care"))),
				org.caretwin.editor.lsp.Positions.of(document, use), "Beds");
		var edit = org.caretwin.editor.lsp.Requests.awaitRetrying(
				() -> org.caretwin.editor.lsp.CareLanguageServer.get().request(s -> s.rename(params)), 20_000).orElseThrow();
		assertEquals(2, org.caretwin.editor.commands.WorkspaceEdits.apply(edit), edit.toString());
		assertTrue(document.get().contains("uses Beds"), "the open editor changed in place");
		assertFalse(editor.isDirty(), "a file saved before the rename is saved after it");
		IFile resourcesFile = loire.getFile("resources.care");
		String resources = new String(resourcesFile.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(resources.contains("resource Beds "), "the closed file is changed and saved");
		document.set(document.get().replace("uses Beds", "uses Bed"));
		editor.doSave(null);
		resourcesFile.setContents(new java.io.ByteArrayInputStream(
				resources.replace("resource Beds", "resource Bed").getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
	}

	private static List<IMarker> errors(org.eclipse.core.resources.IResource resource) {
		try {
			return Ui.problems(resource).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR).toList();
		} catch (org.eclipse.core.runtime.CoreException e) {
			return List.of();
		}
	}

	private static IMarker unknownKpi(IFile file) {
		try {
			return Ui.problems(file).stream().filter(m -> "unknownKpi".equals(m.getAttribute("code", ""))).findFirst().orElse(null);
		} catch (org.eclipse.core.runtime.CoreException e) {
			return null;
		}
	}

	/** Error markers on a 1-based line, or on any line for -1. */
	private static long errorsOnLine(IFile file, int line) {
		try {
			return Ui.problems(file).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR)
					.filter(m -> line < 0 || m.getAttribute(IMarker.LINE_NUMBER, -1) == line).count();
		} catch (org.eclipse.core.runtime.CoreException e) {
			return 0;
		}
	}
}
