package org.caretwin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.caretwin.experiment.AtomicOutput;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.generator.ExperimentGenerator;

/** {@code caretwin generate FILE -o DIR}: writes the Java class of each experiment of a model. */
final class GenerateCommand implements Command {

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String synopsis() {
		return "FILE -o DIR";
	}

	@Override
	public String summary() {
		return "write the Java simulation generated from a model";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Options options;
		try {
			options = Options.parse(args, Set.of("-o"));
			if (options.positional().size() != 1 || options.get("-o") == null) {
				throw new Options.UsageException("usage: caretwin generate FILE -o DIR");
			}
		} catch (Options.UsageException e) {
			err.println("caretwin generate: " + e.getMessage());
			return USAGE;
		}
		List<Experiment> experiments = ModelLoading.experiments(Path.of(options.positional().get(0)), err);
		Path outputDir = Path.of(options.get("-o"));
		List<Path> written;
		try (AtomicOutput output = new AtomicOutput()) {
			for (Experiment experiment : experiments) {
				output.write(outputDir.resolve(ExperimentGenerator.fileName(experiment)), ExperimentGenerator.generate(experiment));
			}
			written = output.commit();
		} catch (IOException e) {
			throw new CommandException(USAGE, "cannot write to " + outputDir + ": " + Failures.describe(e));
		}
		written.forEach(out::println);
		return OK;
	}
}
