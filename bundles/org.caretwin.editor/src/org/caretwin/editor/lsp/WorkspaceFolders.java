package org.caretwin.editor.lsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;

/**
 * Each open project is one workspace folder of the language server, wherever it lies on disk: projects imported in
 * place (such as the examples) live outside the workspace root, and a folder's models see each other.
 */
final class WorkspaceFolders implements IResourceChangeListener {

	private final CareLanguageServer server;

	WorkspaceFolders(CareLanguageServer server) {
		this.server = server;
	}

	List<WorkspaceFolder> startTracking() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isOpen)
				.map(WorkspaceFolders::folder).toList();
	}

	void stopTracking() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		List<WorkspaceFolder> added = new ArrayList<>();
		List<WorkspaceFolder> removed = new ArrayList<>();
		for (IResourceDelta delta : event.getDelta().getAffectedChildren(IResourceDelta.ADDED | IResourceDelta.REMOVED | IResourceDelta.CHANGED)) {
			if (!(delta.getResource() instanceof IProject project)) {
				continue;
			}
			boolean opened = (delta.getFlags() & IResourceDelta.OPEN) != 0;
			if (delta.getKind() == IResourceDelta.ADDED && project.isOpen() || opened && project.isOpen()) {
				added.add(folder(project));
			} else if (delta.getKind() == IResourceDelta.REMOVED || opened && !project.isOpen()) {
				removed.add(new WorkspaceFolder(Uris.of(delta.getResource().getLocation() != null
						? delta.getResource().getLocation().toPath() : ResourcesPlugin.getWorkspace().getRoot()
								.getLocation().append(project.getName()).toPath()), project.getName()));
			}
		}
		if (!added.isEmpty() || !removed.isEmpty()) {
			server.notify(s -> s.didChangeWorkspaceFolders(
					new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(added, removed))));
		}
	}

	private static WorkspaceFolder folder(IResource project) {
		return new WorkspaceFolder(Uris.of((org.eclipse.core.resources.IContainer) project), project.getName());
	}
}
