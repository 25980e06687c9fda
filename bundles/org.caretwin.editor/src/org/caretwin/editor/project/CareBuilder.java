package org.caretwin.editor.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.caretwin.editor.lsp.CareLanguageServer;
import org.caretwin.editor.lsp.OpenDocuments;
import org.caretwin.editor.lsp.Uris;
import org.caretwin.editor.markers.DiagnosticMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;

/**
 * Validates a CareTwin project's models when they change on disk (a save, a copy, a pull): the changed files are
 * handed to the language server, which revalidates them and every model that refers to them and publishes the
 * result as markers. The server writes nothing, so neither does the builder.
 */
public class CareBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.caretwin.editor.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		List<FileEvent> changes = new ArrayList<>();
		IResourceDelta delta = getDelta(getProject());
		if (kind == FULL_BUILD || delta == null) {
			getProject().accept(resource -> {
				if (resource instanceof IFile file && Uris.isCareFile(file)) {
					changes.add(new FileEvent(Uris.of(file), FileChangeType.Changed));
				}
				return true;
			});
		} else {
			delta.accept(d -> {
				if (d.getResource() instanceof IFile file && Uris.isCareFile(file) && file.getLocation() != null
						&& (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & IResourceDelta.CONTENT) != 0)) {
					changes.add(new FileEvent(Uris.of(file), type(d.getKind())));
				}
				return true;
			});
		}
		if (!changes.isEmpty()) {
			notifyServer(changes);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(DiagnosticMarkers.TYPE, false, IResource.DEPTH_INFINITE);
	}

	/** Open files are the server's already (their text comes from the editor); the others it re-reads from disk. */
	private static void notifyServer(List<FileEvent> changes) {
		CareLanguageServer server = CareLanguageServer.get();
		List<FileEvent> onDisk = new ArrayList<>();
		for (FileEvent change : changes) {
			if (change.getType() != FileChangeType.Deleted && OpenDocuments.documentOf(change.getUri()).isPresent()) {
				server.notify(s -> s.didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(change.getUri()))));
			} else {
				onDisk.add(change);
			}
		}
		if (!onDisk.isEmpty()) {
			server.notify(s -> s.didChangeWatchedFiles(new DidChangeWatchedFilesParams(onDisk)));
		}
	}

	private static FileChangeType type(int deltaKind) {
		return switch (deltaKind) {
		case IResourceDelta.ADDED -> FileChangeType.Created;
		case IResourceDelta.REMOVED -> FileChangeType.Deleted;
		default -> FileChangeType.Changed;
		};
	}
}
