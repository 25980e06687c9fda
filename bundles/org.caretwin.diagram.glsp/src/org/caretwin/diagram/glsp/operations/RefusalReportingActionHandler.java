package org.caretwin.diagram.glsp.operations;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationActionHandler;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.utils.MessageActionUtil;

/** Runs operations as GLSP does, and answers one the text cannot take with a warning that says why. */
public class RefusalReportingActionHandler extends OperationActionHandler {

	@Override
	protected List<Action> executeHandler(Operation operation, OperationHandler<?> handler) {
		try {
			return super.executeHandler(operation, handler);
		} catch (OperationRefused refused) {
			return List.of(MessageActionUtil.warn(refused.getMessage()));
		}
	}
}
