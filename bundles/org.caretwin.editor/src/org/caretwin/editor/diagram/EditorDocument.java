package org.caretwin.editor.diagram;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.caretwin.diagram.StepResults;
import org.caretwin.diagram.glsp.PathwayDocument;
import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.editor.commands.WorkspaceEdits;
import org.caretwin.lang.ide.edit.Clause;
import org.caretwin.lang.ide.edit.PathwayEdit;
import org.caretwin.lang.ide.edit.PathwayEditException;
import org.caretwin.lang.ide.edit.PathwayEdits;
import org.caretwin.lang.ide.edit.TextReplacement;
import org.caretwin.lang.workspace.CareWorkspace;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.undo.IDocumentUndoManager;

/**
 * The text editor's document of a file as the diagram's text, for the Diagram page and for every GLSP session on
 * the file ({@link WorkbenchDiagrams}): an edit's replacements ({@link PathwayEdits}) go into the shared document as
 * one change, which one Undo (in the diagram or in the text editor) takes back byte for byte; another file a rename
 * changes is changed through its own buffer, as a rename from the text does. A call from another thread (a GLSP
 * session's) runs on the UI thread, where the document lives.
 */
final class EditorDocument implements PathwayDocument {

	private static final PathwayEdits EDITS = new PathwayEdits(CareWorkspace.standalone());

	private final IFile file;
	private final SharedDocument shared;
	private String clausesText;
	private String clausesStep;
	private Map<Clause, String> clauses;

	private final Display display;
	private final Runnable layoutChanged;
	private final Supplier<StepResults> results;

	/**
	 * @param layoutChanged runs on the UI thread after the layout sidecar was written
	 * @param results       what the page's last run measured (read on the UI thread), null before one
	 */
	EditorDocument(IFile file, SharedDocument shared, Display display, Runnable layoutChanged, Supplier<StepResults> results) {
		this.file = file;
		this.shared = shared;
		this.display = display;
		this.layoutChanged = layoutChanged;
		this.results = results;
	}

	@Override
	public StepResults results() {
		return onUiThread(results);
	}

	@Override
	public Path file() {
		return Path.of(file.getLocation().toOSString());
	}

	@Override
	public String text() {
		return onUiThread(() -> shared.document().get());
	}

	@Override
	public String edit(PathwayEdit edit) {
		return onUiThread(() -> make(edit));
	}

	@Override
	public String keepLayout(ManualLayout layout) {
		return onUiThread(() -> {
			IDocumentUndoManager history = shared.undoHistory();
			LayoutChange change = new LayoutChange(file, ManualLayout.of(file()), layout, layoutChanged);
			try {
				if (history == null) {
					// no text history to join: the move is simply made
					return messageOf(change.execute(null, null));
				}
				change.addContext(history.getUndoContext());
				return messageOf(OperationHistoryFactory.getOperationHistory().execute(change, null, null));
			} catch (ExecutionException e) {
				return e.getMessage();
			}
		});
	}

	private static String messageOf(IStatus done) {
		return done.isOK() ? null : done.getMessage();
	}

	@Override
	public boolean canUndo() {
		return onUiThread(() -> shared.undoHistory() != null && shared.undoHistory().undoable());
	}

	@Override
	public boolean canRedo() {
		return onUiThread(() -> shared.undoHistory() != null && shared.undoHistory().redoable());
	}

	@Override
	public void undo() {
		onUiThread(() -> step(true));
	}

	@Override
	public void redo() {
		onUiThread(() -> step(false));
	}

	@Override
	public boolean isDirty() {
		return onUiThread(shared::isDirty);
	}

	/** One step back ({@code undo}) or forward in the text's history, when there is one. */
	boolean step(boolean undo) {
		IDocumentUndoManager history = shared.undoHistory();
		if (history == null) {
			return false;
		}
		try {
			if (undo && history.undoable()) {
				history.undo();
			} else if (!undo && history.redoable()) {
				history.redo();
			}
		} catch (ExecutionException e) {
			// a change the history can no longer take back (its text was replaced meanwhile): nothing to do
		}
		return true;
	}

	private <T> T onUiThread(Supplier<T> call) {
		if (Display.getCurrent() == display) {
			return call.get();
		}
		AtomicReference<T> result = new AtomicReference<>();
		display.syncExec(() -> result.set(call.get()));
		return result.get();
	}

	private String make(PathwayEdit edit) {
		Path path = file();
		IDocument document = shared.document();
		Map<Path, List<TextReplacement>> changes;
		try {
			changes = EDITS.of(path, document.get(), edit);
		} catch (PathwayEditException refused) {
			return refused.getMessage();
		}
		try {
			replace(document, changes.get(path), shared.undoHistory());
			for (Map.Entry<Path, List<TextReplacement>> other : changes.entrySet()) {
				IFile otherFile = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(
						org.eclipse.core.runtime.Path.fromOSString(other.getKey().toString()));
				if (!other.getKey().equals(path) && otherFile != null && !other.getValue().isEmpty()) {
					WorkspaceEdits.inBuffer(otherFile, d -> replace(d, other.getValue(), null));
				}
			}
		} catch (BadLocationException | CoreException e) {
			// computed on the document's own text on this thread: only a change between the two lines can cause it
			return "The text changed while the diagram was being edited; try again";
		}
		return null;
	}

	/**
	 * How each clause of {@code step} is written now, or null when the text does not say; the answer for one text
	 * is kept, as the Properties view asks clause by clause.
	 */
	Map<Clause, String> clausesOf(String step) {
		String text = shared.document().get();
		if (!text.equals(clausesText) || !step.equals(clausesStep)) {
			try {
				clauses = EDITS.clausesOf(file(), text, step);
			} catch (PathwayEditException | IllegalArgumentException gone) {
				clauses = null;
			}
			clausesText = text;
			clausesStep = step;
		}
		return clauses;
	}

	/** {@code replacements} (by decreasing offset) made in {@code document}, as one change of {@code history}. */
	private static void replace(IDocument document, List<TextReplacement> replacements, IDocumentUndoManager history)
			throws BadLocationException {
		if (history != null) {
			history.beginCompoundChange();
		}
		try {
			for (TextReplacement r : replacements) {
				document.replace(r.offset(), r.length(), r.text());
			}
		} finally {
			if (history != null) {
				history.endCompoundChange();
			}
		}
	}
}
