package org.caretwin.editor.diagram;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.caretwin.editor.commands.WorkspaceEdits;
import org.caretwin.lang.ide.edit.Clause;
import org.caretwin.lang.ide.edit.PathwayEdit;
import org.caretwin.lang.ide.edit.PathwayEditException;
import org.caretwin.lang.ide.edit.PathwayEdits;
import org.caretwin.lang.ide.edit.TextReplacement;
import org.caretwin.lang.workspace.CareWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.IDocumentUndoManager;

/**
 * Makes a diagram's edit in the text: the replacements {@link PathwayEdits} computes go into the shared document as
 * one change, which one Undo (in the diagram or in the text editor) takes back byte for byte. Another file a rename
 * changes is changed through its own buffer, as a rename from the text does.
 */
final class DiagramEdits {

	private static final PathwayEdits EDITS = new PathwayEdits(CareWorkspace.standalone());

	private final IFile file;
	private final SharedDocument shared;
	private String clausesText;
	private String clausesStep;
	private Map<Clause, String> clauses;

	DiagramEdits(IFile file, SharedDocument shared) {
		this.file = file;
		this.shared = shared;
	}

	/** Makes {@code edit}; returns why it cannot be made (the text is then unchanged), or null once made. */
	String make(PathwayEdit edit) {
		Path path = Path.of(file.getLocation().toOSString());
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
				clauses = EDITS.clausesOf(Path.of(file.getLocation().toOSString()), text, step);
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
