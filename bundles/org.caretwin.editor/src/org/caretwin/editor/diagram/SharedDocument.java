package org.caretwin.editor.diagram;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

/**
 * The document of a file as the text editor has it: the file buffer every editor of the file shares, so the
 * diagram sees what is typed before it is saved, and its one undo history, which the text editor's Undo and the
 * diagram's share.
 */
final class SharedDocument implements AutoCloseable {

	private final IFile file;
	private final IDocument document;

	private SharedDocument(IFile file, IDocument document) {
		this.file = file;
		this.document = document;
	}

	static SharedDocument connect(IFile file) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.connect(file.getFullPath(), LocationKind.IFILE, null);
		IDocument document = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
		DocumentUndoManagerRegistry.connect(document);
		return new SharedDocument(file, document);
	}

	IDocument document() {
		return document;
	}

	/** The document's undo history, the one its text editor uses too. */
	IDocumentUndoManager undoHistory() {
		return DocumentUndoManagerRegistry.getDocumentUndoManager(document);
	}

	/** Whether the text was changed since it was last saved. */
	boolean isDirty() {
		return FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).isDirty();
	}

	@Override
	public void close() {
		DocumentUndoManagerRegistry.disconnect(document);
		try {
			FileBuffers.getTextFileBufferManager().disconnect(file.getFullPath(), LocationKind.IFILE, null);
		} catch (CoreException e) {
			// The buffer is gone with its file; nothing is left to release.
		}
	}
}
