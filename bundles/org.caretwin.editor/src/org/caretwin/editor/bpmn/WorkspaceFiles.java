package org.caretwin.editor.bpmn;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;

/** What the BPMN wizards start from in the workbench's selection, and the workspace told of the files they write. */
final class WorkspaceFiles {

	private WorkspaceFiles() {
	}

	/** The location of the first selected file with that extension, or null. */
	static Path selectedFile(IStructuredSelection selection, String extension) {
		if (selection == null) {
			return null;
		}
		for (Object element : selection.toList()) {
			IFile file = Adapters.adapt(element, IFile.class);
			if (file != null && extension.equals(file.getFileExtension()) && file.getLocation() != null) {
				return file.getLocation().toFile().toPath();
			}
		}
		return null;
	}

	/** The selected folder or project, or that of the selected file, or null. */
	static IContainer selectedContainer(IStructuredSelection selection) {
		if (selection == null || selection.isEmpty()) {
			return null;
		}
		IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
		if (resource instanceof IContainer container) {
			return container;
		}
		return resource == null ? null : resource.getParent();
	}

	/** Shows a file written outside the workspace's API in the folders of the workspace that hold it. */
	static void refresh(Path written) {
		for (IContainer folder : ResourcesPlugin.getWorkspace().getRoot()
				.findContainersForLocationURI(written.toAbsolutePath().getParent().toUri())) {
			try {
				folder.refreshLocal(IResource.DEPTH_ONE, null);
			} catch (CoreException e) {
				// The file is written; the workspace will find it at its next refresh.
			}
		}
	}
}
