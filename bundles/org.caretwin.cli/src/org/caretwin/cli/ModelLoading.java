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

	/** The experiments written in {@code file} of a valid model, or null after printing why there are none. */
	static List<Experiment> experiments(Path file, PrintStream err) {
		if (!Files.isRegularFile(file)) {
			err.println("caretwin: " + file + ": no such file");
			return null;
		}
		if (!ModelFolder.isModelFile(file)) {
			err.println("caretwin: " + file + ": not a ." + ModelFolder.EXTENSION + " file");
			return null;
		}
		CheckedModel checked = CareWorkspace.standalone().modelOf(file);
		checked.problems().forEach(err::println);
		if (checked.hasErrors()) {
			err.println("caretwin: " + file + (checked.problems().stream().filter(Problem::isError)
					.allMatch(p -> p.file().equals(file)) ? "" : " (with the files of its folder)")
					+ " has errors; correct them and run again");
			return null;
		}
		Model model = checked.model(file);
		List<Experiment> experiments = model == null ? List.of() : EcoreUtil2.getAllContentsOfType(model, Experiment.class);
		if (experiments.isEmpty()) {
			err.println("caretwin: " + file + " has no experiment; add one, e.g. experiment Main { horizon 1 year replications 20 seed 1 }");
			return null;
		}
		return experiments;
	}
}
