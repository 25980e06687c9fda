package org.caretwin.diagram.glsp;

import java.nio.file.Path;

import org.caretwin.diagram.StepResults;
import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.lang.ide.edit.PathwayEdit;

/**
 * The text a diagram session shows and edits: the open editor's document in the workbench, the file itself
 * elsewhere. The diagram server never keeps a model of its own; every operation becomes a change of this text (or of
 * the layout sidecar beside it), and undo is the text's own history.
 */
public interface PathwayDocument {

	/** The {@code .care} file the text belongs to (its folder makes the model, its sidecar keeps the moves). */
	Path file();

	/** The text as it is now, saved or not. */
	String text();

	/**
	 * Makes {@code edit} in the text as one change that one undo takes back.
	 *
	 * @return why it cannot be made (the text is then unchanged), or null once made
	 */
	String edit(PathwayEdit edit);

	/** Keeps the moves of {@code layout} in the sidecar beside {@link #file()} ({@link ManualLayout#NONE}: none). */
	String keepLayout(ManualLayout layout);

	boolean canUndo();

	boolean canRedo();

	void undo();

	void redo();

	/** Whether the text differs from what is saved. */
	boolean isDirty();

	/** What the last run of the text's model measured at each step, for the badges; null before a run. */
	default StepResults results() {
		return null;
	}
}
