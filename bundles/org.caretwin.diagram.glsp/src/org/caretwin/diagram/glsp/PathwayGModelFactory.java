package org.caretwin.diagram.glsp;

import java.util.Map;

import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.TextDiagram;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

/**
 * Draws the session's text as it is now. While the text has errors the last valid graph stays, with the problem as
 * its {@link PathwayGraphs#PROBLEM} argument, so a client keeps showing it with a banner; the diagnostics go on its
 * nodes either way (see {@link PathwayMarkers}).
 */
public class PathwayGModelFactory implements GModelFactory {

	/** Client option: {@code profession} (the default), {@code setting} or {@code none}. */
	public static final String LANES = "lanes";

	@Inject
	private PathwayModelState state;

	@Override
	public void createGModel() {
		PathwayDocument document = state.document();
		TextDiagram diagram = TextDiagram.of(document.file(), document.text(), lanes(state.getClientOptions()));
		state.setDiagram(diagram);
		if (diagram.hasDiagram()) {
			state.setPathways(diagram.pathways());
			state.updateRoot(PathwayGraphs.of(diagram.pathways(), null, document.results()));
		} else {
			GModelRoot root = PathwayGraphs.of(state.pathways(), diagram.problem());
			if (state.getRoot() != null) {
				root.setRevision(state.getRoot().getRevision());
			}
			state.updateRoot(root);
		}
	}

	private static LaneMode lanes(Map<String, String> options) {
		LaneMode mode = options == null ? null : LaneMode.parse(options.get(LANES));
		return mode == null ? LaneMode.PROFESSION : mode;
	}
}
