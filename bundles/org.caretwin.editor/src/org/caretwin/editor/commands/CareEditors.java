package org.caretwin.editor.commands;

import java.util.Optional;

import org.caretwin.editor.lsp.OpenDocuments;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** The .care editor a command was invoked in, with its document and the URI the server knows it by. */
record CareEditors(ITextEditor editor, IDocument document, String uri) {

	static Optional<CareEditors> of(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor == null) {
			return Optional.empty();
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		return OpenDocuments.uriOf(document).map(uri -> new CareEditors(editor, document, uri));
	}

	/** Runs a change as one undoable step. */
	void compoundChange(Runnable change) {
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			change.run();
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}
}
