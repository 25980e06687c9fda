package org.caretwin.diagram;

import java.util.List;

import org.caretwin.diagram.layout.DiagramLayout;
import org.caretwin.diagram.layout.LaidOutDiagram;
import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.diagram.svg.SvgRenderer;
import org.caretwin.lang.model.ResolvedModel;

/** The one call of clients that want a picture: every pathway of a model, laid out, as one SVG document. */
public final class PathwayDiagrams {

	private PathwayDiagrams() {
	}

	/** The diagrams of every pathway of {@code model} with lanes by {@code mode}; {@code source} names the model's file. */
	public static String svg(ResolvedModel model, LaneMode mode, String source) {
		return svg(model, mode, source, null);
	}

	/** The same with the badges of what a run measured ({@code results}, null before a run) on its steps. */
	public static String svg(ResolvedModel model, LaneMode mode, String source, StepResults results) {
		return svg(model, mode, source, results, ManualLayout.NONE);
	}

	/** The same with the nodes the modeller moved ({@code manual}, from the file's sidecar) where they were put. */
	public static String svg(ResolvedModel model, LaneMode mode, String source, StepResults results, ManualLayout manual) {
		List<LaidOutDiagram> laidOut = DiagramBuilder.of(model, mode).stream().map(d -> DiagramLayout.of(d, manual)).toList();
		return SvgRenderer.render(laidOut, source, results);
	}
}
