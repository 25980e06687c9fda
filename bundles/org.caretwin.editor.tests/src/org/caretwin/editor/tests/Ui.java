package org.caretwin.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.caretwin.editor.diagram.DiagramEditor;
import org.caretwin.editor.lsp.Uris;
import org.caretwin.editor.markers.DiagnosticMarkers;
import org.caretwin.editor.wizards.NewCareProjectWizard;
import org.caretwin.editor.wizards.ProjectTemplate;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the UI tests share: projects from templates, editors, and waiting while the UI keeps running. */
final class Ui {

	private Ui() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static IProject project(String name, ProjectTemplate template) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			NewCareProjectWizard.create(project, ResourcesPlugin.getWorkspace().newProjectDescription(name), template,
					SubMonitor.convert(new NullProgressMonitor(), 3));
		}
		return project;
	}

	static ITextEditor open(IFile file) throws CoreException {
		IEditorPart part = IDE.openEditor(page(), file, true);
		return part.getAdapter(ITextEditor.class);
	}

	/** Show Diagram from the active text editor: the Diagram editor it opens. */
	static DiagramEditor showDiagram() throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.caretwin.editor.showDiagram", null);
		IEditorPart active = page().getActiveEditor();
		assertTrue(active instanceof DiagramEditor, "Show Diagram opened " + active);
		return (DiagramEditor) active;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static ITextViewer viewer(ITextEditor editor) {
		return (ITextViewer) editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class);
	}

	/** Runs the event loop until the condition holds; false if it did not within the time. */
	static boolean waitUntil(BooleanSupplier condition, long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				return false;
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return true;
	}

	/** Waits until the server has validated every file at least once more than {@code before} counts. */
	static void waitForValidation(List<IFile> files, long millis) {
		if (!waitUntil(() -> files.stream().allMatch(f -> DiagnosticMarkers.writeCount(Uris.of(f)) > 0), millis)) {
			throw new AssertionError("not validated within " + millis + " ms: " + files);
		}
	}

	static List<IMarker> problems(IResource resource) throws CoreException {
		return new ArrayList<>(Arrays.asList(resource.findMarkers(DiagnosticMarkers.TYPE, true, IResource.DEPTH_INFINITE)));
	}

	static String describe(List<IMarker> markers) {
		return markers.stream().map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, -1) + " "
				+ m.getAttribute(IMarker.MESSAGE, "")).toList().toString();
	}
}
