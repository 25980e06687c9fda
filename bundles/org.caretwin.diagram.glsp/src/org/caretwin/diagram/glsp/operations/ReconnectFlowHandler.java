package org.caretwin.diagram.glsp.operations;

import org.caretwin.diagram.DiagramIds;
import org.caretwin.lang.ide.edit.PathwayEdit.Reconnect;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;

/** A flow's end dragged to another step: its patients go there instead. */
public class ReconnectFlowHandler extends PathwayOperationHandler<ReconnectEdgeOperation> {

	@Override
	protected String make(ReconnectEdgeOperation operation) {
		DiagramIds.Flow flow = DiagramIds.flowOf(operation.getEdgeElementId());
		String from = DiagramIds.stepOf(operation.getSourceElementId());
		String to = DiagramIds.stepOf(operation.getTargetElementId());
		if (flow == null || from == null || to == null) {
			return "Only a flow between two steps can be reconnected, to a step";
		}
		if (!from.equals(flow.from())) {
			return "A flow keeps the step it leaves; draw a new flow from the other step instead";
		}
		return to.equals(flow.to()) ? null : edit(new Reconnect(flow.from(), flow.to(), to));
	}
}
