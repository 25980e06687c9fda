package org.caretwin.diagram;

import java.nio.file.Path;
import java.util.List;

import org.caretwin.diagram.layout.DiagramLayout;
import org.caretwin.diagram.layout.LaidOutDiagram;
import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.diagram.marks.NodeMark;
import org.caretwin.diagram.marks.StepSpan;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.caretwin.lang.workspace.Problem;

/**
 * The diagram of one state of a file's text, as every view of it draws it (the editor's Diagram page, the diagram
 * server): the laid-out pathways when the text's model is valid (with the moves of the file's layout sidecar), and
 * in any case where its steps are written and which of them carry diagnostics.
 *
 * @param model    the resolved model, null when there is no diagram
 * @param pathways the pathways laid out, empty when there is no diagram
 * @param problem  why there is no diagram (for a banner), null when there is one
 */
public record TextDiagram(ResolvedModel model, List<LaidOutDiagram> pathways, String problem, List<StepSpan> steps,
		List<NodeMark> marks) {

	public static final String TEXT_HAS_ERRORS = "The text has errors: showing the last valid diagram";

	public TextDiagram {
		pathways = List.copyOf(pathways);
		steps = List.copyOf(steps);
		marks = List.copyOf(marks);
	}

	/** The diagram of {@code file}'s model with {@code text} as the file's content; never throws for bad text. */
	public static TextDiagram of(Path file, String text, LaneMode lanes) {
		CheckedModel checked;
		try {
			checked = CareWorkspace.standalone().modelOf(file, text);
		} catch (RuntimeException e) {
			return new TextDiagram(null, List.of(), "The model cannot be read: " + e.getMessage(), List.of(), List.of());
		}
		List<StepSpan> steps = StepSpan.of(checked.model(file));
		List<Problem> own = checked.problems().stream().filter(p -> p.file().getFileName().equals(file.getFileName())).toList();
		List<NodeMark> marks = NodeMark.of(own, steps);
		if (checked.hasErrors()) {
			return new TextDiagram(null, List.of(), TEXT_HAS_ERRORS, steps, marks);
		}
		try {
			ResolvedModel model = ResolvedModelBuilder.of(checked);
			if (model.pathways().isEmpty()) {
				return new TextDiagram(null, List.of(), "The model has no pathway to draw", steps, marks);
			}
			ManualLayout manual = ManualLayout.of(file);
			List<LaidOutDiagram> laidOut = DiagramBuilder.of(model, lanes).stream().map(d -> DiagramLayout.of(d, manual)).toList();
			return new TextDiagram(model, laidOut, null, steps, marks);
		} catch (RuntimeException e) {
			// A model the validator let through but the resolver or layout refuses: say so, keep the last diagram.
			return new TextDiagram(null, List.of(), "The diagram cannot be drawn: " + e.getMessage(), steps, marks);
		}
	}

	public boolean hasDiagram() {
		return model != null;
	}
}
