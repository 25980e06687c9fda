package org.caretwin.editor.diagram;

/**
 * What is selected on the diagram: a node (its step, when it belongs to one) or a flow ({@code flow:A->B}, the
 * steps it joins, when both are steps).
 */
final class DiagramSelection {

	private static final String FLOW = "flow:";

	/** A flow between two steps, by their ids. */
	record Flow(String from, String to) {
	}

	private DiagramSelection() {
	}

	static boolean isFlow(String id) {
		return id != null && id.startsWith(FLOW);
	}

	/**
	 * The step of a node: the node of a step ({@code HipKnee.Stay}) or one drawn for it ({@code HipKnee.Stay:branch});
	 * null for the pathway's own nodes ({@code HipKnee:start}) and for flows.
	 */
	static String stepOf(String nodeId) {
		if (nodeId == null || isFlow(nodeId)) {
			return null;
		}
		String step = nodeId.contains(":") ? nodeId.substring(0, nodeId.indexOf(':')) : nodeId;
		return step.contains(".") ? step : null;
	}

	/** The flow of a flow's id when it joins two steps (a branch's gateway counts as its step), else null. */
	static Flow flowOf(String id) {
		if (!isFlow(id) || !id.contains("->")) {
			return null;
		}
		String[] ends = id.substring(FLOW.length()).split("->", 2);
		String from = stepOf(ends[0]);
		String to = stepOf(ends[1]);
		return from == null || to == null || from.equals(to) || ends[1].contains(":") ? null : new Flow(from, to);
	}
}
