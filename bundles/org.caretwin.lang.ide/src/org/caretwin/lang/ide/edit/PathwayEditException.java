package org.caretwin.lang.ide.edit;

/** An edit the pathway cannot take, in one line for the modeller: nothing was changed. */
public final class PathwayEditException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PathwayEditException(String message) {
		super(message);
	}
}
