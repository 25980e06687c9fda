package org.caretwin.editor.lsp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;

/**
 * The .care documents open in editors, as the language server sees them: opened once however many editors show
 * the same file, every change sent whole (files are small, and whole texts cannot drift out of step), closed with
 * the last editor.
 */
public final class OpenDocuments {

	private static final Map<IDocument, Entry> BY_DOCUMENT = new HashMap<>();
	private static final Map<String, Entry> BY_URI = new HashMap<>();

	private OpenDocuments() {
	}

	/** The workspace .care file a document is the buffer of, if any. */
	public static Optional<IFile> fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return Optional.empty();
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return Uris.isCareFile(file) && file.getLocation() != null ? Optional.of(file) : Optional.empty();
	}

	public static synchronized Optional<String> uriOf(IDocument document) {
		Entry entry = BY_DOCUMENT.get(document);
		return entry == null ? Optional.empty() : Optional.of(entry.uri);
	}

	public static synchronized Optional<IDocument> documentOf(String uri) {
		Entry entry = BY_URI.get(uri);
		return entry == null ? Optional.empty() : Optional.of(entry.document);
	}

	/** Tells the server about a document shown by one more editor; returns false if it is no .care file. */
	public static synchronized boolean open(IDocument document) {
		Entry entry = BY_DOCUMENT.get(document);
		if (entry == null) {
			Optional<IFile> file = fileOf(document);
			if (file.isEmpty()) {
				return false;
			}
			entry = new Entry(Uris.of(file.get()), document);
			BY_DOCUMENT.put(document, entry);
			BY_URI.put(entry.uri, entry);
			entry.open();
		}
		entry.editors++;
		return true;
	}

	public static synchronized void close(IDocument document) {
		Entry entry = BY_DOCUMENT.get(document);
		if (entry != null && --entry.editors == 0) {
			BY_DOCUMENT.remove(document);
			BY_URI.remove(entry.uri);
			entry.close();
		}
	}

	private static final class Entry implements IDocumentListener {
		final String uri;
		final IDocument document;
		int editors;
		int version = 1;

		Entry(String uri, IDocument document) {
			this.uri = uri;
			this.document = document;
		}

		void open() {
			String text = document.get();
			CareLanguageServer.get().notify(s -> s.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "care", version, text))));
			document.addDocumentListener(this);
		}

		void close() {
			document.removeDocumentListener(this);
			CareLanguageServer.get().notify(s -> s.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri))));
		}

		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			int changed = ++version;
			String text = event.getDocument().get();
			CareLanguageServer.get().notify(s -> s.didChange(new DidChangeTextDocumentParams(
					new VersionedTextDocumentIdentifier(uri, changed), java.util.List.of(new TextDocumentContentChangeEvent(text)))));
		}
	}
}
