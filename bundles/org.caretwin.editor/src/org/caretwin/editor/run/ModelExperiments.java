package org.caretwin.editor.run;

import java.util.List;
import java.util.Optional;

import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.interpret.ExperimentScenarios;
import org.caretwin.lang.interpret.ModelIndex;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.eclipse.core.resources.IFile;
import org.eclipse.xtext.EcoreUtil2;

/** The experiments a .care file offers to run, read from disk with the files of its folder, or why it offers none. */
public final class ModelExperiments {

	private final IFile file;
	private final boolean hasErrors;
	private final List<Experiment> experiments;

	private ModelExperiments(IFile file, boolean hasErrors, List<Experiment> experiments) {
		this.file = file;
		this.hasErrors = hasErrors;
		this.experiments = experiments;
	}

	public static ModelExperiments of(IFile file) {
		CheckedModel model = CareWorkspace.standalone().modelOf(file.getLocation().toFile().toPath());
		var root = model.model(file.getLocation().toFile().toPath());
		List<Experiment> experiments = root == null ? List.of() : EcoreUtil2.getAllContentsOfType(root, Experiment.class);
		return new ModelExperiments(file, model.hasErrors(), experiments);
	}

	/** Why nothing can run, as a sentence saying what to do; empty when the model has experiments and no errors. */
	public Optional<String> problem() {
		if (hasErrors) {
			return Optional.of(file.getName()
					+ " (with the files of its folder) has errors; correct them (see the Problems view) and run again.");
		}
		if (experiments.isEmpty()) {
			return Optional.of(file.getName()
					+ " has no experiment; add one, e.g. experiment Main { horizon 1 year replications 20 seed 1 }");
		}
		return Optional.empty();
	}

	/** The experiments written in the file itself, in their order; none when the model has errors. */
	public List<Experiment> experiments() {
		return hasErrors ? List.of() : experiments;
	}

	public List<String> names() {
		return experiments().stream().map(Experiment::getName).toList();
	}

	public Optional<Experiment> named(String name) {
		return experiments().stream().filter(e -> e.getName().equals(name)).findFirst();
	}

	/** The scenarios {@code experiment} runs as written, baseline first. */
	public static List<String> scenariosOf(Experiment experiment) {
		return ExperimentScenarios.of(experiment, ModelIndex.of(experiment.eResource()));
	}
}
