package org.caretwin.lang.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Model;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;

/** The files of one model, parsed and linked together in one resource set, with the problems of every file. */
public final class CheckedModel {

	private final Path folder;
	private final Map<Path, Resource> resources;
	private final List<Problem> problems;

	CheckedModel(Path folder, Map<Path, Resource> resources, List<Problem> problems) {
		this.folder = folder;
		this.resources = resources;
		this.problems = problems.stream().sorted(Problem.IN_TEXT_ORDER).toList();
	}

	/** The folder of the model, as it was named. */
	public Path folder() {
		return folder;
	}

	/** The model's files, sorted, as paths under {@link #folder()}. */
	public List<Path> files() {
		return List.copyOf(resources.keySet());
	}

	/** Syntax, linking and validation problems of every file, in file, line and column order. */
	public List<Problem> problems() {
		return problems;
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(Problem::isError);
	}

	/** The parsed content of one of the model's files, or null when it is not one of them or is empty. */
	public Model model(Path file) {
		for (Map.Entry<Path, Resource> entry : resources.entrySet()) {
			if (sameFile(entry.getKey(), file)) {
				return root(entry.getValue());
			}
		}
		return null;
	}

	/** The parsed content of every file, in file order. */
	public List<Model> models() {
		List<Model> models = new ArrayList<>();
		for (Resource resource : resources.values()) {
			Model model = root(resource);
			if (model != null) {
				models.add(model);
			}
		}
		return models;
	}

	/** The experiments written in any file of the model, in file order. */
	public List<Experiment> experiments() {
		return models().stream().flatMap(m -> EcoreUtil2.getAllContentsOfType(m, Experiment.class).stream()).toList();
	}

	private static Model root(Resource resource) {
		return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model ? model : null;
	}

	private static boolean sameFile(Path a, Path b) {
		return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
	}
}
