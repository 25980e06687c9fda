package org.caretwin.diagram.glsp.operations;

import org.caretwin.diagram.DiagramIds;
import org.caretwin.lang.ide.edit.Clause;
import org.caretwin.lang.ide.edit.PathwayEdit.SetClause;

/** A step's clause written anew from a properties panel; the text must still make a valid model afterwards. */
public class SetClauseHandler extends PathwayOperationHandler<SetClauseOperation> {

	@Override
	protected String make(SetClauseOperation operation) {
		String step = DiagramIds.stepOf(operation.getStepId());
		Clause clause;
		try {
			clause = Clause.valueOf(String.valueOf(operation.getClause()));
		} catch (IllegalArgumentException unknown) {
			return "A step has no clause '" + operation.getClause() + "'";
		}
		if (step == null) {
			return "Only a step's clauses can be set";
		}
		return edit(new SetClause(step, clause, operation.getText() == null ? "" : operation.getText()));
	}
}
