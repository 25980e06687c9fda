package org.caretwin.editor.bpmn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.bpmn.BpmnExport;
import org.caretwin.diagram.bpmn.BpmnImport;
import org.caretwin.diagram.bpmn.BpmnImportException;
import org.caretwin.diagram.bpmn.ImportTarget;
import org.caretwin.engine.OneLine;
import org.caretwin.experiment.AtomicOutput;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.caretwin.lang.workspace.Problem;

/**
 * The export and import of the BPMN wizards, as {@code caretwin bpmn export|import} does them: the same model service,
 * {@link BpmnExport} and {@link BpmnImport}, the file written whole or not at all. Every failure is one line for the
 * wizard to show.
 */
public final class BpmnTransfer {

	/** Why an export or an import did not happen, in one line. */
	public static final class Failure extends Exception {
		private static final long serialVersionUID = 1L;

		Failure(String message) {
			super(OneLine.of(message));
		}
	}

	private BpmnTransfer() {
	}

	/** Writes the pathways of the model of {@code care} to {@code target} as BPMN 2.0 with lanes by {@code lanes}. */
	public static void export(Path care, LaneMode lanes, Path target) throws Failure {
		if (!Files.isRegularFile(care)) {
			throw new Failure(care + ": no such file");
		}
		CheckedModel checked = CareWorkspace.standalone().modelOf(care);
		Problem error = checked.problems().stream().filter(Problem::isError).findFirst().orElse(null);
		if (error != null) {
			throw new Failure("The model has errors; correct them first: " + error);
		}
		ResolvedModel model = ResolvedModelBuilder.of(checked);
		if (model.pathways().isEmpty()) {
			throw new Failure(care.getFileName() + " has no pathway to export; add one, e.g. pathway P for Cohort { ... }");
		}
		write(target, BpmnExport.xml(model, lanes));
	}

	/**
	 * Writes the pathways of {@code bpmn} as the {@code .care} file {@code target}, leaving out the cohorts and
	 * resources the other files of its folder declare; returns what the import had to guess.
	 */
	public static List<String> importTo(Path bpmn, Path target) throws Failure {
		if (!Files.isRegularFile(bpmn)) {
			throw new Failure(bpmn + ": no such file");
		}
		BpmnImport.Result result;
		try {
			result = ImportTarget.read(bpmn, target);
		} catch (IOException e) {
			throw new Failure("Cannot read the folder of " + target + ": " + e.getMessage());
		} catch (BpmnImportException e) {
			throw new Failure(e.getMessage());
		}
		write(target, result.text());
		return result.warnings();
	}

	private static void write(Path target, String text) throws Failure {
		try (AtomicOutput output = new AtomicOutput()) {
			output.write(target, text);
			output.commit();
		} catch (IOException e) {
			throw new Failure("Cannot write " + target + ": " + e.getMessage());
		}
	}
}
