package org.caretwin.diagram.glsp.operations;

import org.caretwin.lang.ide.edit.Clause;
import org.eclipse.glsp.server.operations.Operation;

/**
 * A clause of a step written anew from a properties panel: {@code clause} is a {@link Clause} name
 * ({@code DURATION}), {@code text} the clause as the text writes it ({@code takes 25 min}), empty to remove it.
 */
public class SetClauseOperation extends Operation {

	public static final String KIND = "caretwinSetClause";

	private String stepId;
	private String clause;
	private String text;

	public SetClauseOperation() {
		super(KIND);
	}

	public SetClauseOperation(String stepId, Clause clause, String text) {
		this();
		this.stepId = stepId;
		this.clause = clause.name();
		this.text = text;
	}

	public String getStepId() {
		return stepId;
	}

	public String getClause() {
		return clause;
	}

	public String getText() {
		return text;
	}
}
