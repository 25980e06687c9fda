package org.caretwin.editor.diagram;

import java.nio.file.Path;
import java.util.List;

import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.PathwayDiagrams;
import org.caretwin.diagram.StepResults;
import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.caretwin.lang.workspace.Problem;

/**
 * The diagram of one state of a document's text, made by the same workspace service and diagram bundle as
 * {@code caretwin diagram} (with the moves of the file's layout sidecar): the SVG when the text's model is valid, and in any case where its steps are written and
 * which of them carry diagnostics.
 *
 * @param svg     the diagram, null when the model has errors or draws nothing
 * @param problem why there is no diagram (for the banner), null when there is one
 */
public record DiagramSnapshot(String svg, String problem, List<StepSpan> steps, List<NodeMark> marks) {

	public static final String TEXT_HAS_ERRORS = "The text has errors: showing the last valid diagram";

	/** The diagram of {@code file}'s model with {@code text} as the file's content; never throws for bad text. */
	public static DiagramSnapshot of(Path file, String text, LaneMode lanes) {
		return of(file, text, lanes, null);
	}

	/** The same with the badges of what {@code measured} (null before a run) found in its first scenario. */
	public static DiagramSnapshot of(Path file, String text, LaneMode lanes, ExperimentResult measured) {
		CheckedModel checked;
		try {
			checked = CareWorkspace.standalone().modelOf(file, text);
		} catch (RuntimeException e) {
			return new DiagramSnapshot(null, "The model cannot be read: " + e.getMessage(), List.of(), List.of());
		}
		List<StepSpan> steps = StepSpan.of(checked.model(file));
		List<Problem> own = checked.problems().stream().filter(p -> p.file().getFileName().equals(file.getFileName())).toList();
		List<NodeMark> marks = NodeMark.of(own, steps);
		if (checked.hasErrors()) {
			return new DiagramSnapshot(null, TEXT_HAS_ERRORS, steps, marks);
		}
		try {
			ResolvedModel model = ResolvedModelBuilder.of(checked);
			if (model.pathways().isEmpty()) {
				return new DiagramSnapshot(null, "The model has no pathway to draw", steps, marks);
			}
			StepResults results = null;
			if (measured != null) {
				String scenario = measured.plan().scenarios().get(0);
				results = StepResults.measure(model, scenario, kpi -> measured.meanOf(scenario, kpi));
			}
			return new DiagramSnapshot(PathwayDiagrams.svg(model, lanes, file.getFileName().toString(), results,
					ManualLayout.of(file)), null, steps, marks);
		} catch (RuntimeException e) {
			// A model the validator let through but the resolver or layout refuses: say so, keep the last diagram.
			return new DiagramSnapshot(null, "The diagram cannot be drawn: " + e.getMessage(), steps, marks);
		}
	}

	/** The step whose text holds the 1-based {@code line}, or null. */
	public StepSpan stepAt(int line) {
		return steps.stream().filter(s -> s.contains(line)).findFirst().orElse(null);
	}

	/** The step of a diagram node: the node of the step itself or one derived from it ({@code HipKnee.Stay:branch}). */
	public StepSpan stepOf(String nodeId) {
		String stepId = nodeId.contains(":") ? nodeId.substring(0, nodeId.indexOf(':')) : nodeId;
		return steps.stream().filter(s -> s.id().equals(stepId)).findFirst().orElse(null);
	}
}
