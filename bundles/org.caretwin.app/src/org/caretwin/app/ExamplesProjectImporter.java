package org.caretwin.app;

import java.io.File;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Imports the folder named by the system property {@value #PROPERTY} (set by {@code ./caretwin ide}) as a project,
 * in place, the first time a workspace is opened. The folder's files are never copied or rewritten.
 */
public final class ExamplesProjectImporter extends WorkspaceJob {

	public static final String PROPERTY = "caretwin.examples";

	private final File folder;

	private ExamplesProjectImporter(File folder) {
		super("Importing CareTwin examples");
		this.folder = folder;
		setRule(ResourcesPlugin.getWorkspace().getRoot());
	}

	static void scheduleIfConfigured() {
		String path = System.getProperty(PROPERTY);
		if (path == null || path.isBlank()) {
			return;
		}
		new ExamplesProjectImporter(new File(path)).schedule();
	}

	/** Imports (or re-opens) the examples folder; returns the project. */
	public static IProject importFolder(File folder, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IPath location = IPath.fromOSString(folder.getAbsolutePath());
		IPath dotProject = location.append(IProjectDescription.DESCRIPTION_FILE_NAME);
		IProjectDescription description = dotProject.toFile().isFile()
				? workspace.loadProjectDescription(dotProject)
				: workspace.newProjectDescription(folder.getName());
		description.setLocation(location);
		IProject project = workspace.getRoot().getProject(description.getName());
		if (!project.exists()) {
			project.create(description, monitor);
		}
		if (!project.isOpen()) {
			project.open(monitor);
		}
		return project;
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		if (!folder.isDirectory()) {
			return Status.warning("CareTwin examples folder not found: " + folder);
		}
		importFolder(folder, monitor);
		return Status.OK_STATUS;
	}
}
