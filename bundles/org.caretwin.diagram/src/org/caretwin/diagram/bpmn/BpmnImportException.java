package org.caretwin.diagram.bpmn;

/** A BPMN file that cannot become a pathway; the message is one line, {@code file[:line:col]: error: ...}. */
public final class BpmnImportException extends Exception {

	private static final long serialVersionUID = 1L;

	BpmnImportException(String message) {
		super(message);
	}
}
