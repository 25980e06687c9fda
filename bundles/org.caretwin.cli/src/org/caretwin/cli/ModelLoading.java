package org.caretwin.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Model;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.caretwin.lang.workspace.ModelFolder;
import org.caretwin.lang.workspace.Problem;
import org.eclipse.xtext.EcoreUtil2;

/** Loads the model of one file, refusing it (with file:line:col messages) when any file of the model has errors. */
final class ModelLoading {

	private ModelLoading() {
	}

	/** Refuses, as a usage error, a command-line argument that is not an existing .care file. */
	static void requireModelFile(Path file) {
		if (!Files.exists(file)) {
			throw new CommandException(Command.USAGE, file + ": no such file or directory");
		}
		if (!Files.isRegularFile(file)) {
			throw new CommandException(Command.USAGE, file + " is not a regular file; give a .care file");
		}
		if (!ModelFolder.isModelFile(file)) {
			throw new CommandException(Command.USAGE, file + " is not a ." + ModelFolder.EXTENSION
					+ " file; give a model file ending in ." + ModelFolder.EXTENSION);
		}
	}

	/** The model of {@code file} (the files of its folder), valid; its problems are printed, and errors end the command. */
	static CheckedModel checked(Path file, PrintStream err) {
		requireModelFile(file);
		CheckedModel checked = CareWorkspace.standalone().modelOf(file);
		checked.problems().forEach(err::println);
		if (checked.hasErrors()) {
			throw new CommandException(Command.MODEL_ERRORS, file + (checked.problems().stream().filter(Problem::isError)
					.allMatch(p -> p.file().equals(file)) ? "" : " (with the files of its folder)")
					+ " has errors; correct them and run again");
		}
		return checked;
	}

	/** The experiments written in {@code file} of a valid model; its problems are printed, and errors end the command. */
	static List<Experiment> experiments(Path file, PrintStream err) {
		CheckedModel checked = checked(file, err);
		Model model = checked.model(file);
		List<Experiment> experiments = model == null ? List.of() : EcoreUtil2.getAllContentsOfType(model, Experiment.class);
		if (experiments.isEmpty()) {
			throw new CommandException(Command.MODEL_ERRORS, file
					+ " has no experiment; add one, e.g. experiment Main { horizon 1 year replications 20 seed 1 }");
		}
		return experiments;
	}

	/** The experiment called {@code name}, or the first one when no name is given. */
	static Experiment choose(List<Experiment> experiments, String name) {
		if (name == null) {
			return experiments.get(0);
		}
		return experiments.stream().filter(e -> e.getName().equals(name)).findFirst()
				.orElseThrow(() -> new CommandException(Command.USAGE, "no experiment " + name + "; the model has "
						+ experiments.stream().map(Experiment::getName).toList()));
	}
}
