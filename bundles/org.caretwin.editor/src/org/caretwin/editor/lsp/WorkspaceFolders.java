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
	/** The folder of each project the server was told about: a deleted project has no location left to ask. */
	private final java.util.Map<String, String> known = new java.util.concurrent.ConcurrentHashMap<>();

	WorkspaceFolders(CareLanguageServer server) {
		this.server = server;
	}

	List<WorkspaceFolder> startTracking() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isOpen)
				.map(this::folder).toList();
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
			} else if ((delta.getKind() == IResourceDelta.REMOVED || opened && !project.isOpen()) && known.containsKey(project.getName())) {
				removed.add(new WorkspaceFolder(known.remove(project.getName()), project.getName()));
			}
		}
		if (!added.isEmpty() || !removed.isEmpty()) {
			server.notify(s -> s.didChangeWorkspaceFolders(
					new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(added, removed))));
		}
	}

	private WorkspaceFolder folder(IResource project) {
		String uri = Uris.of((org.eclipse.core.resources.IContainer) project);
		known.put(project.getName(), uri);
		return new WorkspaceFolder(uri, project.getName());
	}
}
