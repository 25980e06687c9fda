package org.caretwin.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.caretwin.lang.workspace.ModelFolder;
import org.caretwin.lang.workspace.Problem;

/**
 * {@code caretwin check FILE|DIR...}: syntax, references and modelling rules, one line per problem, for the model of
 * each file (every file of its folder) and each model under each directory; then, on stderr, how many files of
 * each model were read and what was found ({@code dsl-examples/loire: 3 files, no errors}).
 */
final class CheckCommand implements Command {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String synopsis() {
		return "FILE|DIR... [--timings]";
	}

	@Override
	public String summary() {
		return "validate .care models; prints file:line:col: severity: message";
	}

	@Override
	public int run(List<String> commandLine, PrintStream out, PrintStream err) {
		List<String> args = PhaseTimings.mutable(commandLine);
		PhaseTimings timings = PhaseTimings.take(args);
		if (args.isEmpty()) {
			err.println("usage: caretwin check FILE|DIR...");
			return USAGE;
		}
		List<Path> arguments = args.stream().map(Path::of).toList();
		for (Path argument : arguments) {
			if (!Files.isDirectory(argument)) {
				ModelLoading.requireModelFile(argument);
			}
		}
		CareWorkspace.standalone();
		timings.lap("language");
		List<CheckedModel> models = models(arguments);
		if (models.isEmpty()) {
			err.println("caretwin check: no .care file in " + args);
			return USAGE;
		}
		List<Problem> problems = models.stream().flatMap(m -> m.problems().stream()).toList();
		timings.lap("load+validate");
		problems.forEach(out::println);
		for (CheckedModel model : models) {
			err.println(shown(model.folder()) + ": " + count(model.files().size(), "file") + ", " + tally(model.problems()));
		}
		if (models.size() > 1) {
			long files = models.stream().mapToLong(m -> m.files().size()).sum();
			err.println(count(models.size(), "model") + ", " + count(files, "file") + ": " + tally(problems));
		}
		long errors = problems.stream().filter(Problem::isError).count();
		timings.lap("report");
		timings.print(err);
		return errors > 0 ? MODEL_ERRORS : OK;
	}

	/** The model of each named file and every model under each named directory, each model once. */
	private static List<CheckedModel> models(List<Path> arguments) {
		Map<Path, Path> folders = new LinkedHashMap<>();
		for (Path argument : arguments) {
			List<Path> named = Files.isDirectory(argument) ? ModelFolder.foldersUnder(argument)
					: List.of(ModelFolder.folderOf(argument));
			named.forEach(f -> folders.putIfAbsent(f.toAbsolutePath().normalize(), f));
		}
		return folders.values().stream().map(CareWorkspace.standalone()::modelIn).toList();
	}

	/** The folder as named, "." for the current one. */
	private static String shown(Path folder) {
		return folder.toString().isEmpty() ? "." : folder.toString();
	}

	/** "no errors", "2 errors", "1 error, 3 warnings". */
	private static String tally(List<Problem> problems) {
		long errors = problems.stream().filter(Problem::isError).count();
		long warnings = problems.size() - errors;
		return (errors == 0 ? "no errors" : count(errors, "error")) + (warnings == 0 ? "" : ", " + count(warnings, "warning"));
	}

	private static String count(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
