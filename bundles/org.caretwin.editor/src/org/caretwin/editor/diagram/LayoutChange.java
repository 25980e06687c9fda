package org.caretwin.editor.diagram;

import java.io.IOException;

import org.caretwin.diagram.layout.ManualLayout;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

/**
 * A change of the layout sidecar (moves, Tidy Up) as a step of the text's undo history: given the document's undo
 * context, the text editor's Undo and the diagram's take a move back as they take an edit back, in order.
 */
final class LayoutChange extends AbstractOperation {

	private final IFile file;
	private final ManualLayout before;
	private final ManualLayout after;
	private final Runnable changed;

	/** @param changed runs once the sidecar was written (the diagram is drawn again) */
	LayoutChange(IFile file, ManualLayout before, ManualLayout after, Runnable changed) {
		super(after.cells().isEmpty() ? "Tidy Up" : "Move");
		this.file = file;
		this.before = before;
		this.after = after;
		this.changed = changed;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		return write(after);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return write(after);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		return write(before);
	}

	private IStatus write(ManualLayout layout) {
		try {
			layout.writeBeside(file.getLocation().toFile().toPath());
			file.getParent().refreshLocal(1, null);
		} catch (IOException | CoreException e) {
			return Status.error(NLS.bind("The layout cannot be kept beside {0}: {1}", file.getName(), e.getMessage()), e);
		}
		changed.run();
		return Status.OK_STATUS;
	}
}
