package org.caretwin.editor.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

/** A model to start a project from: files copied from the shipped examples (see the bundle's pom). */
public enum ProjectTemplate {

	LOIRE("Loire arthroplasty", "Hip and knee arthroplasty in the Loire département: territory, resources, "
			+ "pathway, telemedicine scenarios and an experiment.", "loire",
			List.of("arthroplasty.care", "resources.care", "territory.care")),
	TEXTBOOK_QUEUE("Textbook queue (M/M/5)", "Five clerks, Poisson arrivals, exponential service: a queue that "
			+ "Erlang's formulas check.", "textbook/mmc", List.of("mmc.care"));

	private final String label;
	private final String description;
	private final String folder;
	private final List<String> files;

	ProjectTemplate(String label, String description, String folder, List<String> files) {
		this.label = label;
		this.description = description;
		this.folder = folder;
		this.files = files;
	}

	public String label() {
		return label;
	}

	public String description() {
		return description;
	}

	/** The file to open once the project exists: the one with the pathway and the experiment. */
	public String mainFile() {
		return files.get(0);
	}

	/** Copies the template's files into the project's root folder. */
	public void copyInto(IProject project, IProgressMonitor monitor) throws CoreException {
		for (String name : files) {
			IFile file = project.getFile(name);
			try (InputStream in = ProjectTemplate.class.getResourceAsStream("/templates/" + folder + "/" + name)) {
				if (in == null) {
					throw new CoreException(Status.error("Template file missing from the CareTwin editor: " + name));
				}
				file.create(in, true, monitor);
				file.setCharset("UTF-8", monitor);
			} catch (IOException e) {
				throw new CoreException(Status.error("Cannot read template " + name, e));
			}
		}
	}
}
