package org.caretwin.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caretwin.lang.load.CareFiles;
import org.caretwin.lang.load.CareModelSet;
import org.caretwin.lang.load.CareModelSet.Problem;

/** {@code caretwin check FILE|DIR...}: syntax, references and modelling rules, one line per problem. */
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
			if (!Files.exists(argument)) {
				err.println("caretwin check: " + argument + ": no such file or directory");
				return USAGE;
			}
		}
		List<Path> targets = CareFiles.targets(arguments);
		if (targets.isEmpty()) {
			err.println("caretwin check: no .care file in " + args);
			return USAGE;
		}
		List<Problem> problems = CareModelSet.load(CareFiles.withNeighbours(targets)).validate(targets);
		timings.lap("load+validate");
		problems.forEach(out::println);
		long errors = problems.stream().filter(Problem::isError).count();
		long warnings = problems.size() - errors;
		err.printf("%d file%s checked: %d error%s, %d warning%s%n", targets.size(), plural(targets.size()), errors,
				plural(errors), warnings, plural(warnings));
		timings.lap("report");
		timings.print(err);
		return errors > 0 ? MODEL_ERRORS : OK;
	}

	private static String plural(long count) {
		return count == 1 ? "" : "s";
	}
}
