package org.caretwin.editor.diagram;

import org.eclipse.jface.action.Action;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit > Undo and Redo in the diagram: they take back and make again the last change of the text's one history,
 * whether the diagram or the text editor made it.
 */
final class UndoActions {

	private UndoActions() {
	}

	static void install(IActionBars bars, SharedDocument shared) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new HistoryAction("&Undo", shared, true));
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new HistoryAction("&Redo", shared, false));
		bars.updateActionBars();
	}

	private static final class HistoryAction extends Action {

		private final SharedDocument shared;
		private final boolean undo;

		HistoryAction(String text, SharedDocument shared, boolean undo) {
			super(text);
			this.shared = shared;
			this.undo = undo;
			setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
		}

		@Override
		public void run() {
			IDocumentUndoManager history = shared.undoHistory();
			if (history == null) {
				return;
			}
			try {
				if (undo && history.undoable()) {
					history.undo();
				} else if (!undo && history.redoable()) {
					history.redo();
				}
			} catch (org.eclipse.core.commands.ExecutionException e) {
				// a change the history can no longer take back (its text was replaced meanwhile): nothing to do
			}
		}
	}
}
