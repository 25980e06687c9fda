package org.caretwin.editor.diagram;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.undo.IDocumentUndoListener;
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

	/** Installs the actions; the returned call removes what they listen to. */
	static Runnable install(IActionBars bars, SharedDocument shared, EditorDocument document) {
		HistoryAction undo = new HistoryAction("&Undo", shared, document, true);
		HistoryAction redo = new HistoryAction("&Redo", shared, document, false);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		IDocumentUndoManager history = shared.undoHistory();
		// enabled only when there is something to take back or make again
		IDocumentUndoListener changes = event -> {
			undo.update();
			redo.update();
		};
		// a change enters the history once the document has taken it: look after the change, not during it
		IDocumentListener edits = new IDocumentListener() {
			@Override
			public void documentAboutToBeChanged(DocumentEvent event) {
			}

			@Override
			public void documentChanged(DocumentEvent event) {
				Display.getCurrent().asyncExec(() -> changes.documentUndoNotification(null));
			}
		};
		if (history != null) {
			history.addDocumentUndoListener(changes);
		}
		shared.document().addDocumentListener(edits);
		changes.documentUndoNotification(null);
		bars.updateActionBars();
		return () -> {
			shared.document().removeDocumentListener(edits);
			if (history != null) {
				history.removeDocumentUndoListener(changes);
			}
		};
	}

	private static final class HistoryAction extends Action {

		private final SharedDocument shared;
		private final EditorDocument document;
		private final boolean undo;

		HistoryAction(String text, SharedDocument shared, EditorDocument document, boolean undo) {
			super(text);
			this.shared = shared;
			this.document = document;
			this.undo = undo;
			setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
		}

		void update() {
			IDocumentUndoManager history = shared.undoHistory();
			setEnabled(history != null && (undo ? history.undoable() : history.redoable()));
		}

		@Override
		public void run() {
			document.step(undo);
		}
	}
}
