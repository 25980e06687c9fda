package org.caretwin.editor.diagram;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;

/** The text editor of a .care file in a workbench page. */
final class TextEditors {

	static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";

	private TextEditors() {
	}

	/** The open text editor of {@code file}, or null. */
	static ITextEditor find(IWorkbenchPage page, IFile file) {
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart part = reference.getEditor(false);
			ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
			if (editor != null && file.equals(fileOf(editor.getEditorInput()))) {
				return editor;
			}
		}
		return null;
	}

	/** The text editor of {@code file}, opened (not activated) when there is none. */
	static ITextEditor findOrOpen(IWorkbenchPage page, IFile file) throws PartInitException {
		ITextEditor editor = find(page, file);
		if (editor != null) {
			return editor;
		}
		IEditorPart part = page.openEditor(new FileEditorInput(file), GENERIC_EDITOR, false,
				IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		return part == null ? null : part.getAdapter(ITextEditor.class);
	}

	static IFile fileOf(IEditorInput input) {
		return input == null ? null : input.getAdapter(IFile.class);
	}
}
