package org.caretwin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.bpmn.BpmnExport;
import org.caretwin.diagram.bpmn.BpmnImport;
import org.caretwin.diagram.bpmn.BpmnImportException;
import org.caretwin.diagram.bpmn.ImportTarget;
import org.caretwin.experiment.AtomicOutput;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.workspace.ModelFolder;

/**
 * {@code caretwin bpmn export FILE -o OUT.bpmn} and {@code caretwin bpmn import IN.bpmn -o OUT.care}: the pathways
 * of a model as BPMN 2.0 (lanes, shapes, CareTwin's numbers in an extension namespace) and such a file back as text.
 */
final class BpmnCommand implements Command {

	private static final String USAGE_LINE = "usage: caretwin bpmn export FILE -o OUT.bpmn [--lanes profession|setting|none]"
			+ " | caretwin bpmn import IN.bpmn -o OUT.care";

	@Override
	public String name() {
		return "bpmn";
	}

	@Override
	public String synopsis() {
		return "export|import IN -o OUT";
	}

	@Override
	public String summary() {
		return "exchange pathways with BPMN 2.0 modellers";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		String mode = args.isEmpty() ? "" : args.get(0);
		Options options;
		try {
			options = Options.parse(args.subList(Math.min(1, args.size()), args.size()),
					"export".equals(mode) ? Set.of("-o", "--lanes") : Set.of("-o"));
			if (!Set.of("export", "import").contains(mode) || options.positional().size() != 1 || options.get("-o") == null) {
				throw new Options.UsageException(USAGE_LINE);
			}
		} catch (Options.UsageException e) {
			err.println("caretwin bpmn: " + e.getMessage());
			return USAGE;
		}
		Path in = Path.of(options.positional().get(0));
		Path target = Path.of(options.get("-o"));
		return "export".equals(mode) ? export(in, target, options.get("--lanes"), out, err) : importFile(in, target, out, err);
	}

	private int export(Path file, Path target, String lanesOption, PrintStream out, PrintStream err) {
		LaneMode lanes = lanesOption == null ? LaneMode.PROFESSION : LaneMode.parse(lanesOption);
		if (lanes == null) {
			err.println("caretwin bpmn: --lanes must be profession, setting or none, was '" + lanesOption + "'");
			return USAGE;
		}
		ResolvedModel model = ResolvedModelBuilder.of(ModelLoading.checked(file, err));
		if (model.pathways().isEmpty()) {
			throw new CommandException(MODEL_ERRORS, file + " has no pathway to export; add one, e.g. pathway P for Cohort { ... }");
		}
		write(target, BpmnExport.xml(model, lanes));
		out.println(target);
		return OK;
	}

	private int importFile(Path file, Path target, PrintStream out, PrintStream err) {
		if (!Files.isRegularFile(file)) {
			throw new CommandException(USAGE, file + ": no such file");
		}
		// the output need not exist yet, so its name alone tells
		if (target.getFileName() == null || !target.getFileName().toString().endsWith("." + ModelFolder.EXTENSION)) {
			throw new CommandException(USAGE, target + " is not a ." + ModelFolder.EXTENSION + " file; name the output OUT."
					+ ModelFolder.EXTENSION);
		}
		BpmnImport.Result result;
		try {
			result = ImportTarget.read(file, target);
		} catch (IOException e) {
			throw new CommandException(USAGE, "cannot read the folder of " + target + ": " + Failures.describe(e));
		} catch (BpmnImportException e) {
			err.println(e.getMessage());
			return MODEL_ERRORS;
		}
		result.warnings().forEach(err::println);
		write(target, result.text());
		out.println(target);
		return OK;
	}

	private static void write(Path target, String text) {
		try (AtomicOutput output = new AtomicOutput()) {
			output.write(target, text);
			output.commit();
		} catch (IOException e) {
			throw new CommandException(USAGE, "cannot write " + target + ": " + Failures.describe(e));
		}
	}
}
