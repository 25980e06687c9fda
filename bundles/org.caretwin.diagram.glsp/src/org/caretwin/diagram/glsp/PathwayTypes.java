package org.caretwin.diagram.glsp;

import java.util.Locale;

import org.caretwin.diagram.DiagramNode;

/** The element types of a pathway's graph model, as a GLSP client registers its views for them. */
public final class PathwayTypes {

	public static final String PATHWAY = "pathway";
	public static final String LANE = "lane";
	public static final String FLOW = "edge:flow";
	public static final String NAME = "label:name";
	/** A lane's name: the lane is not a step, so the name cannot be edited in place. */
	public static final String LANE_NAME = "label:lane";
	public static final String DETAIL = "label:detail";
	/** What the last run measured at a step (mean wait, utilisation), above the box's top right. */
	public static final String BADGE = "label:badge";
	public static final String SHARE = "label:share";
	/** Created from the palette: a step after the selected one, or the end of the pathway there. */
	public static final String NEW_STEP = "node:task";
	public static final String NEW_END = "node:end";

	private PathwayTypes() {
	}

	/** {@code node:task}, {@code node:gateway}, {@code node:timer}, ... */
	public static String of(DiagramNode.Kind kind) {
		return "node:" + kind.name().toLowerCase(Locale.ROOT);
	}
}
