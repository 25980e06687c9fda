package org.caretwin.editor.diagram;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Show Diagram: the Diagram page of the .care file of the active editor or the selection, opened or brought up. */
public final class ShowDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IFile file = fileOf(event);
		if (file == null) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			page.openEditor(new DiagramInput(file), DiagramEditor.ID, true, IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot show the diagram of " + file.getName() + ": " + e.getMessage(), e);
		}
		return null;
	}

	private static IFile fileOf(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (HandlerUtil.getActivePart(event) == editor && editor != null) {
			return TextEditors.fileOf(editor.getEditorInput());
		}
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof IAdaptable adaptable) {
			return adaptable.getAdapter(IFile.class);
		}
		return editor == null ? null : TextEditors.fileOf(editor.getEditorInput());
	}
}
