package org.caretwin.diagram.glsp.operations;

import org.caretwin.diagram.DiagramIds;
import org.caretwin.lang.ide.edit.PathwayEdit.RenameStep;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;

/** A step's name edited in place on its node: the step is renamed wherever the model names it. */
public class RenameStepHandler extends PathwayOperationHandler<ApplyLabelEditOperation> {

	@Override
	protected String make(ApplyLabelEditOperation operation) {
		String label = operation.getLabelId();
		String step = label.endsWith(":name") ? DiagramIds.stepOf(label.substring(0, label.length() - ":name".length())) : null;
		if (step == null) {
			return "Only a step's name can be edited on the diagram";
		}
		String name = operation.getText().strip();
		return name.equals(step.substring(step.indexOf('.') + 1)) ? null : edit(new RenameStep(step, name));
	}
}
