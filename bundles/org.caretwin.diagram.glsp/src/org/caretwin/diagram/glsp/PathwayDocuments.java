package org.caretwin.diagram.glsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts diagram sessions edit, by file: an editor that has a file open puts its document here, so that a
 * diagram of that file edits what the editor shows (unsaved changes and its undo history included); any other file
 * is edited on disk.
 */
public final class PathwayDocuments {

	private final Map<Path, PathwayDocument> open = new ConcurrentHashMap<>();

	/** From now on, sessions on {@code document}'s file edit {@code document}. */
	public void open(PathwayDocument document) {
		open.put(document.file(), document);
	}

	/** Sessions on the file edit it on disk again. */
	public void close(PathwayDocument document) {
		open.remove(document.file(), document);
	}

	/** The text of the file {@code sourceUri} names (a {@code file:} URI or a path). */
	public PathwayDocument of(String sourceUri) {
		Path file = (sourceUri.startsWith("file:") ? Path.of(URI.create(sourceUri)) : Path.of(sourceUri))
				.toAbsolutePath().normalize();
		PathwayDocument document = open.get(file);
		return document != null ? document : new FileDocument(file);
	}
}
