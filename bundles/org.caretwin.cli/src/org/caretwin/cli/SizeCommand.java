package org.caretwin.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.caretwin.experiment.CapacitySizing;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.experiment.SizingReport;
import org.caretwin.lang.care.Experiment;

/** {@code caretwin size FILE}: demand against capacity per zone and resource, for each scenario, without simulating. */
final class SizeCommand implements Command {

	@Override
	public String name() {
		return "size";
	}

	@Override
	public String synopsis() {
		return "FILE [--scenario S]";
	}

	@Override
	public String summary() {
		return "static capacity sizing per zone and resource (demand vs available hours)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Options options;
		try {
			options = Options.parse(args, Set.of("--scenario", "--experiment"));
			if (options.positional().size() != 1) {
				throw new Options.UsageException("usage: caretwin size FILE [--experiment NAME] [--scenario NAME]");
			}
		} catch (Options.UsageException e) {
			err.println("caretwin size: " + e.getMessage());
			return USAGE;
		}
		List<Experiment> experiments = ModelLoading.experiments(Path.of(options.positional().get(0)), err);
		Experiment experiment = ModelLoading.choose(experiments, options.get("--experiment"));
		CompiledExperiment compiled = Simulation.compile(experiment);
		List<String> scenarios = options.get("--scenario") == null ? compiled.plan().scenarios()
				: List.of(options.get("--scenario"));
		for (String scenario : scenarios) {
			if (!compiled.plan().scenarios().contains(scenario)) {
				err.println("caretwin size: no scenario " + scenario + "; the experiment has " + compiled.plan().scenarios());
				return USAGE;
			}
			SizingReport.print(scenario, CapacitySizing.of(compiled.factory(), scenario, compiled.plan().seed()), out);
		}
		return OK;
	}
}
