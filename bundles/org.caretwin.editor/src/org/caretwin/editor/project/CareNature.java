package org.caretwin.editor.project;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** A CareTwin project: its .care models are validated on every save by the {@link CareBuilder}. */
public class CareNature implements IProjectNature {

	public static final String ID = "org.caretwin.editor.nature";

	private IProject project;

	/** Adds the nature (and so the builder) to a project that has not got it. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (!description.hasNature(ID)) {
			description.setNatureIds(Stream.concat(Arrays.stream(description.getNatureIds()), Stream.of(ID)).toArray(String[]::new));
			project.setDescription(description, monitor);
		}
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		if (Arrays.stream(description.getBuildSpec()).noneMatch(c -> CareBuilder.ID.equals(c.getBuilderName()))) {
			ICommand command = description.newCommand();
			command.setBuilderName(CareBuilder.ID);
			description.setBuildSpec(Stream.concat(Arrays.stream(description.getBuildSpec()), Stream.of(command)).toArray(ICommand[]::new));
			project.setDescription(description, null);
		}
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !CareBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
