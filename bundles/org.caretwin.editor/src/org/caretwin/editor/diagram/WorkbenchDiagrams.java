package org.caretwin.editor.diagram;

import java.util.function.Consumer;

import org.caretwin.diagram.glsp.GlspConnection;
import org.caretwin.diagram.glsp.PathwayDocuments;

/**
 * The pathway diagram server of the workbench: a GLSP client in the workbench connects here, and its sessions edit
 * the documents of the Diagram pages that are open (unsaved text and undo history included), other files on disk.
 */
public final class WorkbenchDiagrams {

	private static final PathwayDocuments DOCUMENTS = new PathwayDocuments();

	private WorkbenchDiagrams() {
	}

	static PathwayDocuments documents() {
		return DOCUMENTS;
	}

	/** A new client connection; {@code toClient} gets the server's messages on the server's threads. */
	public static GlspConnection connect(Consumer<String> toClient) {
		return new GlspConnection(DOCUMENTS, toClient);
	}
}
