package org.caretwin.editor.diagram;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;

/**
 * The input of a Diagram editor: a .care file, but never equal to the text editor's input of the same file, so
 * that opening the file (double click, F3) goes to its text editor rather than to the diagram, and back.
 */
public record DiagramInput(IFile file) implements IEditorInput {

	@Override
	public boolean exists() {
		return file.exists();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor(file.getName());
	}

	@Override
	public String getName() {
		return file.getName();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return file.getFullPath().makeRelative().toString() + " (diagram)";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(file) ? adapter.cast(file) : null;
	}
}
