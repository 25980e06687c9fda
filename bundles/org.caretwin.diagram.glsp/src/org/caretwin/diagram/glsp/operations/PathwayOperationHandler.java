package org.caretwin.diagram.glsp.operations;

import java.util.Optional;

import org.caretwin.diagram.glsp.PathwayDocument;
import org.caretwin.diagram.glsp.PathwayModelState;
import org.caretwin.lang.ide.edit.PathwayEdit;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import com.google.inject.Inject;

/**
 * An operation of the diagram made as a change of the text (or of its layout sidecar). Its command has no undo of
 * its own: the session's undo is the text's (see {@link PathwayModelState}). An operation that cannot be made leaves
 * the text as it was and says why ({@link OperationRefused}).
 */
public abstract class PathwayOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

	@Inject
	private PathwayModelState state;

	@Override
	public Optional<Command> createCommand(O operation) {
		return Optional.of(new AbstractCommand(getLabel()) {
			@Override
			protected boolean prepare() {
				return true;
			}

			@Override
			public void execute() {
				String refused = make(operation);
				if (refused != null) {
					throw new OperationRefused(refused);
				}
			}

			@Override
			public void redo() {
				execute();
			}
		});
	}

	/** Makes {@code operation}; returns why it cannot be made, or null once made. */
	protected abstract String make(O operation);

	protected PathwayModelState state() {
		return state;
	}

	protected PathwayDocument document() {
		return state.document();
	}

	/** Makes {@code edit} in the text; the answer of {@link #make}. */
	protected String edit(PathwayEdit edit) {
		return document().edit(edit);
	}
}
