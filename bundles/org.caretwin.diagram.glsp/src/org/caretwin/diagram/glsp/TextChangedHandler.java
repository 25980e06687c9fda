package org.caretwin.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/**
 * Answers {@link TextChangedAction} with the graph of the text as it is now; while the text does not make a diagram
 * the graph is the last valid one, and {@link PathwayModelSubmission} says why in the status line.
 */
public class TextChangedHandler extends AbstractActionHandler<TextChangedAction> {

	@Inject
	private ModelSubmissionHandler submission;

	@Override
	protected List<Action> executeAction(TextChangedAction action) {
		return submission.submitModel();
	}
}
