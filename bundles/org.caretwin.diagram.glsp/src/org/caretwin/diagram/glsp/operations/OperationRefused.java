package org.caretwin.diagram.glsp.operations;

/** An operation the text cannot take, and why, for the client's message (not an error of the server). */
public final class OperationRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public OperationRefused(String reason) {
		super(reason, null, false, false);
	}
}
