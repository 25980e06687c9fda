package org.caretwin.editor.lsp;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;

/**
 * Installed on every .care viewer (a generic-editor reconciler): keeps the language server's copy of the viewer's
 * document open and up to date for as long as the viewer shows it.
 */
public class DocumentSync implements IReconciler, ITextInputListener {

	private ITextViewer viewer;

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		viewer.addTextInputListener(this);
		if (viewer.getDocument() != null) {
			OpenDocuments.open(viewer.getDocument());
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null) {
			viewer.removeTextInputListener(this);
			if (viewer.getDocument() != null) {
				OpenDocuments.close(viewer.getDocument());
			}
			viewer = null;
		}
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		if (oldInput != null) {
			OpenDocuments.close(oldInput);
		}
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		if (newInput != null) {
			OpenDocuments.open(newInput);
		}
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}
}
