package org.caretwin.diagram.glsp.operations;

import java.util.List;

import org.caretwin.diagram.DiagramIds;
import org.caretwin.diagram.glsp.PathwayTypes;
import org.caretwin.lang.ide.edit.PathwayEdit.AddFlow;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

/**
 * A flow drawn from one step to another: a share of the first step's patients (the {@code percent} argument, else
 * {@value #DEFAULT_PERCENT} %) goes to the second.
 */
public class AddFlowHandler extends PathwayOperationHandler<CreateEdgeOperation>
		implements CreateOperationHandler<CreateEdgeOperation> {

	public static final String PERCENT = "percent";
	static final double DEFAULT_PERCENT = 10;

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(PathwayTypes.FLOW);
	}

	@Override
	public boolean handles(Operation operation) {
		return super.handles(operation) && CreateOperationHandler.super.handles(operation);
	}

	@Override
	protected String make(CreateEdgeOperation operation) {
		String from = DiagramIds.stepOf(operation.getSourceElementId());
		String to = DiagramIds.stepOf(operation.getTargetElementId());
		if (from == null || to == null) {
			return "A flow goes from a step to another step";
		}
		String percent = operation.getArgs() == null ? null : operation.getArgs().get(PERCENT);
		try {
			return edit(new AddFlow(from, to, percent == null ? DEFAULT_PERCENT : Double.parseDouble(percent.strip())));
		} catch (NumberFormatException e) {
			return "A flow's share is a number of percent, such as 10 or 12.5, not '" + percent + "'";
		}
	}
}
