package org.caretwin.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Model;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Profile;
import org.caretwin.lang.load.CareFiles;
import org.caretwin.lang.load.CareModelSet;
import org.caretwin.lang.load.CareModelSet.Problem;
import org.eclipse.xtext.EcoreUtil2;

/** Loads one model file with its neighbours, refusing it (with file:line:col messages) when it has errors. */
final class ModelLoading {

	private ModelLoading() {
	}

	/** The experiments of a valid model, or null after printing why there are none. */
	static List<Experiment> experiments(Path file, PrintStream err) {
		if (!Files.isRegularFile(file)) {
			err.println("caretwin: " + file + ": no such file");
			return null;
		}
		CareModelSet set = CareModelSet.load(CareFiles.withNeighbours(List.of(file)));
		List<Problem> problems = set.validate(List.of(file));
		problems.forEach(err::println);
		if (problems.stream().anyMatch(Problem::isError)) {
			err.println("caretwin: " + file + " has errors; correct them and run again");
			return null;
		}
		Model model = set.model(file);
		List<Experiment> experiments = model == null ? List.of() : EcoreUtil2.getAllContentsOfType(model, Experiment.class);
		if (experiments.isEmpty()) {
			err.println("caretwin: " + file + " has no experiment; add one, e.g. experiment Main { horizon 1 year replications 20 seed 1 }");
			return null;
		}
		return experiments;
	}

	/**
	 * Profile names of the cohort of the experiment's pathway, for event logs and traces. Here rather than in a
	 * command so that listing the commands loads no EMF class (their jars are signed, and checking a signature is slow).
	 */
	static List<String> profileNames(Experiment experiment) {
		return EcoreUtil2.getAllContentsOfType(EcoreUtil2.getRootContainer(experiment), Pathway.class).stream()
				.findFirst().map(p -> p.getCohort().getProfiles().stream().map(Profile::getName).toList()).orElse(List.of());
	}
}
