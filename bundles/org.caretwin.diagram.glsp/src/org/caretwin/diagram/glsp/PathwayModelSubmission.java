package org.caretwin.diagram.glsp;

import org.eclipse.glsp.server.actions.StatusAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.types.Severity;

import com.google.inject.Inject;

/**
 * GLSP's model submission, with one addition: while the text does not make a diagram, a warning status says so (the
 * client's banner over the last valid graph). It is sent when the live validation that follows every submission
 * ends, because that validation clears the status line as it finishes; over a valid text the cleared line stays.
 */
public class PathwayModelSubmission extends ModelSubmissionHandler {

	@Inject
	private PathwayModelState state;

	@Override
	protected void performLiveValidation(ModelValidator validator) {
		super.performLiveValidation(validator);
		String problem = state.diagram() == null ? null : state.diagram().problem();
		if (problem != null) {
			actionDispatcher.dispatch(new StatusAction(Severity.WARNING, problem));
		}
	}
}
