package org.caretwin.editor.results;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Opens a {@code file.care:line} reference of a result at its line. */
final class SourceLines {

	private SourceLines() {
	}

	/** {@code source} names a file of {@code model}'s folder and a 1-based line, as in {@code arthroplasty.care:56}. */
	static void open(IWorkbenchPage page, IFile model, String source) {
		int colon = source.lastIndexOf(':');
		if (colon < 0) {
			return;
		}
		IFile file = model.getParent().getFile(new org.eclipse.core.runtime.Path(source.substring(0, colon)));
		int line;
		try {
			line = Integer.parseInt(source.substring(colon + 1).trim());
		} catch (NumberFormatException e) {
			return;
		}
		if (!file.exists()) {
			return;
		}
		try {
			IEditorPart part = IDE.openEditor(page, file, true);
			ITextEditor editor = part.getAdapter(ITextEditor.class);
			if (editor != null) {
				IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
				int offset = document.getLineOffset(Math.max(0, line - 1));
				editor.selectAndReveal(offset, document.getLineLength(Math.max(0, line - 1)));
			}
		} catch (PartInitException | BadLocationException e) {
			ILog.of(SourceLines.class).warn("Could not open " + source + ": " + e.getMessage());
		}
	}
}
