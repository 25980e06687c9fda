package org.caretwin.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.caretwin.experiment.SizingReport;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.sizing.CapacitySizing;

/**
 * {@code caretwin size FILE}: demand against capacity per zone and resource, for each scenario, read from the
 * resolved model: nothing is generated, compiled or simulated.
 */
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
		Experiment chosen = ModelLoading.choose(experiments, options.get("--experiment"));
		ResolvedModel model = ResolvedModelBuilder.of(chosen.eResource());
		List<String> planned = model.experiment(chosen.getName()).orElseThrow().scenarios();
		List<String> scenarios = options.get("--scenario") == null ? planned : List.of(options.get("--scenario"));
		for (String scenario : scenarios) {
			if (!planned.contains(scenario)) {
				err.println("caretwin size: no scenario " + scenario + "; the experiment has " + planned);
				return USAGE;
			}
			SizingReport.print(scenario, CapacitySizing.of(model, scenario), out);
		}
		return OK;
	}
}
