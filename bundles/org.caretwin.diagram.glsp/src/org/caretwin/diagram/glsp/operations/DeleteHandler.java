package org.caretwin.diagram.glsp.operations;

import org.caretwin.diagram.DiagramIds;
import org.caretwin.lang.ide.edit.PathwayEdit.DeleteStep;
import org.caretwin.lang.ide.edit.PathwayEdit.RemoveFlow;
import org.eclipse.glsp.server.operations.DeleteOperation;

/**
 * Deleted flows stop (their share goes to the step's other flows) and deleted steps go (the flows into them go where
 * they sent patients); each is one change of the text, in the order selected.
 */
public class DeleteHandler extends PathwayOperationHandler<DeleteOperation> {

	@Override
	protected String make(DeleteOperation operation) {
		for (String id : operation.getElementIds()) {
			String refused;
			if (DiagramIds.isFlow(id)) {
				DiagramIds.Flow flow = DiagramIds.flowOf(id);
				refused = flow == null ? "Only a flow between two steps can be deleted" : edit(new RemoveFlow(flow.from(), flow.to()));
			} else {
				String step = DiagramIds.stepOf(id);
				refused = step == null || id.contains(":") ? "Only steps and flows can be deleted" : edit(new DeleteStep(step));
			}
			if (refused != null) {
				return refused;
			}
		}
		return null;
	}
}
