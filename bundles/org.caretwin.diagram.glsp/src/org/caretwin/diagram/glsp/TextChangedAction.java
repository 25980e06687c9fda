package org.caretwin.diagram.glsp;

import org.eclipse.glsp.server.actions.Action;

/**
 * The client says the text was changed elsewhere (typed in the text editor, undone there): the server draws the
 * graph again and sends it as an update, so the client keeps its zoom and scroll.
 */
public class TextChangedAction extends Action {

	public static final String KIND = "caretwinTextChanged";

	public TextChangedAction() {
		super(KIND);
	}
}
