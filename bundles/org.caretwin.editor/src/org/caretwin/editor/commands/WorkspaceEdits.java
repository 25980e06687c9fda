package org.caretwin.editor.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caretwin.editor.lsp.Uris;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Applies a server's workspace edit (a rename) through the files' text buffers, so open editors change in place and
 * keep their undo history. A file that was saved before is saved after; one with unsaved changes stays unsaved.
 */
public final class WorkspaceEdits {

	private WorkspaceEdits() {
	}

	public static int apply(WorkspaceEdit edit) throws CoreException, BadLocationException {
		Map<String, List<? extends TextEdit>> byUri = new LinkedHashMap<>();
		if (edit.getChanges() != null) {
			byUri.putAll(edit.getChanges());
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(c -> c.isLeft()).map(c -> c.getLeft())
					.forEach((TextDocumentEdit e) -> byUri.put(e.getTextDocument().getUri(),
							e.getEdits().stream().filter(Either::isLeft).map(Either::getLeft).toList()));
		}
		int files = 0;
		for (Map.Entry<String, List<? extends TextEdit>> entry : byUri.entrySet()) {
			Optional<IFile> file = Uris.file(entry.getKey());
			if (file.isPresent() && !entry.getValue().isEmpty()) {
				apply(file.get(), entry.getValue());
				files++;
			}
		}
		return files;
	}

	private static void apply(IFile file, List<? extends TextEdit> edits) throws CoreException, BadLocationException {
		inBuffer(file, document -> TextEdits.apply(document, edits));
	}

	/** A change of a file's document in its shared buffer, which stays saved if it was and unsaved if it was not. */
	public interface DocumentChange {
		void apply(IDocument document) throws BadLocationException;
	}

	/** Makes {@code change} in the buffer of {@code file}, with what open editors show of it. */
	public static void inBuffer(IFile file, DocumentChange change) throws CoreException, BadLocationException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			boolean wasSaved = !buffer.isDirty();
			change.apply(buffer.getDocument());
			if (wasSaved) {
				buffer.commit(new NullProgressMonitor(), true);
			}
		} finally {
			manager.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
		}
	}
}
