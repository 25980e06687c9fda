package org.caretwin.diagram.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.StatusAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.types.Severity;

import com.google.inject.Inject;

/**
 * Answers {@link TextChangedAction} with the graph of the text as it is now, and a status line while the text does
 * not make a diagram (the client's banner: it keeps showing the last valid graph); the status is cleared once it does.
 */
public class TextChangedHandler extends AbstractActionHandler<TextChangedAction> {

	@Inject
	private ModelSubmissionHandler submission;

	@Inject
	private PathwayModelState state;

	@Override
	protected List<Action> executeAction(TextChangedAction action) {
		List<Action> answer = new ArrayList<>(submission.submitModel());
		String problem = state.diagram() == null ? null : state.diagram().problem();
		answer.add(problem == null ? new StatusAction(Severity.NONE, "") : new StatusAction(Severity.WARNING, problem));
		return answer;
	}
}
