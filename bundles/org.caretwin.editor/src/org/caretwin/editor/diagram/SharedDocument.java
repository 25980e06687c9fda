package org.caretwin.editor.diagram;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;

/**
 * The document of a file as the text editor has it: the file buffer every editor of the file shares, so the
 * diagram sees what is typed before it is saved.
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
		return new SharedDocument(file, manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument());
	}

	IDocument document() {
		return document;
	}

	@Override
	public void close() {
		try {
			FileBuffers.getTextFileBufferManager().disconnect(file.getFullPath(), LocationKind.IFILE, null);
		} catch (CoreException e) {
			// The buffer is gone with its file; nothing is left to release.
		}
	}
}
