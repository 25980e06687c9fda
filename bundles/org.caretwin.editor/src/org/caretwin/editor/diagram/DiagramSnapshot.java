package org.caretwin.editor.diagram;

import java.nio.file.Path;
import java.util.List;

import org.caretwin.diagram.DiagramIds;
import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.StepResults;
import org.caretwin.diagram.TextDiagram;
import org.caretwin.diagram.marks.NodeMark;
import org.caretwin.diagram.marks.StepSpan;
import org.caretwin.diagram.svg.SvgRenderer;
import org.caretwin.experiment.ExperimentResult;

/**
 * What the Diagram page shows of one state of a document's text, made by the same diagram bundle as
 * {@code caretwin diagram} and the diagram server ({@link TextDiagram}): the SVG when the text's model is valid, and
 * in any case where its steps are written and which of them carry diagnostics.
 *
 * @param svg     the diagram, null when the model has errors or draws nothing
 * @param problem why there is no diagram (for the banner), null when there is one
 * @param results what the last run measured at each step (the badges), null before a run or without a diagram
 */
public record DiagramSnapshot(String svg, String problem, List<StepSpan> steps, List<NodeMark> marks, StepResults results) {

	public static final String TEXT_HAS_ERRORS = TextDiagram.TEXT_HAS_ERRORS;

	/** The diagram of {@code file}'s model with {@code text} as the file's content; never throws for bad text. */
	public static DiagramSnapshot of(Path file, String text, LaneMode lanes) {
		return of(file, text, lanes, null);
	}

	/** The same with the badges of what {@code measured} (null before a run) found in its first scenario. */
	public static DiagramSnapshot of(Path file, String text, LaneMode lanes, ExperimentResult measured) {
		TextDiagram diagram = TextDiagram.of(file, text, lanes);
		if (!diagram.hasDiagram()) {
			return new DiagramSnapshot(null, diagram.problem(), diagram.steps(), diagram.marks(), null);
		}
		StepResults results = null;
		if (measured != null) {
			String scenario = measured.plan().scenarios().get(0);
			results = StepResults.measure(diagram.model(), scenario, kpi -> measured.meanOf(scenario, kpi));
		}
		String svg = SvgRenderer.render(diagram.pathways(), file.getFileName().toString(), results);
		return new DiagramSnapshot(svg, null, diagram.steps(), diagram.marks(), results);
	}

	/** The step whose text holds the 1-based {@code line}, or null. */
	public StepSpan stepAt(int line) {
		return steps.stream().filter(s -> s.contains(line)).findFirst().orElse(null);
	}

	/** The step of a diagram node: the node of the step itself or one derived from it ({@code HipKnee.Stay:branch}). */
	public StepSpan stepOf(String nodeId) {
		String stepId = DiagramIds.stepOf(nodeId);
		return steps.stream().filter(s -> s.id().equals(stepId)).findFirst().orElse(null);
	}
}
