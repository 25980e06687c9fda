package org.caretwin.diagram.glsp;

import java.util.List;

import org.caretwin.diagram.TextDiagram;
import org.caretwin.diagram.layout.LaidOutDiagram;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.model.DefaultGModelState;

/**
 * A session's state: the text it edits and the pathways last laid out from it. There is no command stack of the
 * diagram's own: an operation's command changes the text, and undo and redo are the text's, so that the diagram and
 * the text editor share one history.
 */
public class PathwayModelState extends DefaultGModelState {

	private PathwayDocument document;
	private List<LaidOutDiagram> pathways = List.of();
	private TextDiagram diagram;

	public PathwayDocument document() {
		return document;
	}

	void setDocument(PathwayDocument document) {
		this.document = document;
	}

	/** The pathways of the last text that made a valid model, as they are drawn. */
	public List<LaidOutDiagram> pathways() {
		return pathways;
	}

	void setPathways(List<LaidOutDiagram> pathways) {
		this.pathways = List.copyOf(pathways);
	}

	/** What the current text draws: its diagram or why there is none, and its steps' diagnostics. */
	public TextDiagram diagram() {
		return diagram;
	}

	void setDiagram(TextDiagram diagram) {
		this.diagram = diagram;
	}

	@Override
	public void execute(Command command) {
		command.execute();
	}

	@Override
	public boolean canUndo() {
		return document != null && document.canUndo();
	}

	@Override
	public boolean canRedo() {
		return document != null && document.canRedo();
	}

	@Override
	public void undo() {
		document.undo();
	}

	@Override
	public void redo() {
		document.redo();
	}

	@Override
	public boolean isDirty() {
		return document != null && document.isDirty();
	}

	@Override
	public void saveIsDone() {
		// the editor saves the text; the diagram has nothing of its own to save
	}
}
