package org.caretwin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.PathwayDiagrams;
import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.experiment.AtomicOutput;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;

/**
 * {@code caretwin diagram FILE -o out.svg}: the pathways of a model as a BPMN-like SVG, with swimlanes by profession
 * or by care setting; read from the resolved model, nothing generated or simulated.
 */
final class DiagramCommand implements Command {

	private static final String USAGE_LINE = "usage: caretwin diagram FILE -o OUT.svg [--lanes profession|setting|none] [--scenario S]";

	@Override
	public String name() {
		return "diagram";
	}

	@Override
	public String synopsis() {
		return "FILE -o OUT.svg";
	}

	@Override
	public String summary() {
		return "draw the pathways as an SVG diagram with swimlanes";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Options options;
		LaneMode lanes;
		try {
			options = Options.parse(args, Set.of("-o", "--lanes", "--scenario"));
			if (options.positional().size() != 1 || options.get("-o") == null) {
				throw new Options.UsageException(USAGE_LINE);
			}
			lanes = options.get("--lanes") == null ? LaneMode.PROFESSION : LaneMode.parse(options.get("--lanes"));
			if (lanes == null) {
				throw new Options.UsageException("--lanes must be profession, setting or none, was '" + options.get("--lanes") + "'");
			}
		} catch (Options.UsageException e) {
			err.println("caretwin diagram: " + e.getMessage());
			return USAGE;
		}
		Path file = Path.of(options.positional().get(0));
		ResolvedModel model = ResolvedModelBuilder.of(ModelLoading.checked(file, err));
		String scenario = options.get("--scenario");
		if (scenario != null) {
			if (model.scenario(scenario).isEmpty()) {
				throw new CommandException(USAGE, "no scenario " + scenario + "; the model has "
						+ model.scenarios().stream().map(ResolvedModel.Scenario::name).toList());
			}
			model = model.inScenario(scenario);
		}
		if (model.pathways().isEmpty()) {
			throw new CommandException(MODEL_ERRORS, file + " has no pathway to draw; add one, e.g. pathway P for Cohort { ... }");
		}
		Path target = Path.of(options.get("-o"));
		try (AtomicOutput output = new AtomicOutput()) {
			output.write(target, PathwayDiagrams.svg(model, lanes, file.getFileName().toString(), null, ManualLayout.of(file)));
			output.commit();
		} catch (IOException e) {
			throw new CommandException(USAGE, "cannot write " + target + ": " + Failures.describe(e));
		}
		out.println(target);
		return OK;
	}
}
