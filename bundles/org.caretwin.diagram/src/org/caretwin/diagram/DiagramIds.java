package org.caretwin.diagram;

/**
 * What the ids of a diagram's elements say, for what is selected or edited on it: a node's step, when it belongs to
 * one, or a flow's ({@code flow:A->B}) steps, when it joins two.
 */
public final class DiagramIds {

	private static final String FLOW = "flow:";

	/** A flow between two steps, by their ids. */
	public record Flow(String from, String to) {
	}

	private DiagramIds() {
	}

	/** The id of {@code edge}'s element. */
	public static String flowId(DiagramEdge edge) {
		return FLOW + edge.id();
	}

	public static boolean isFlow(String id) {
		return id != null && id.startsWith(FLOW);
	}

	/**
	 * The step of a node: the node of a step ({@code HipKnee.Stay}) or one drawn for it ({@code HipKnee.Stay:branch});
	 * null for the pathway's own nodes ({@code HipKnee:start}) and for flows.
	 */
	public static String stepOf(String nodeId) {
		if (nodeId == null || isFlow(nodeId)) {
			return null;
		}
		String step = nodeId.contains(":") ? nodeId.substring(0, nodeId.indexOf(':')) : nodeId;
		return step.contains(".") ? step : null;
	}

	/**
	 * The flow of a flow's id when it joins two steps, else null: it leaves a step or its branch's gateway
	 * ({@code HipKnee.Stay:branch}) and enters a step or the timer before it ({@code HipKnee.FollowUp:delay}).
	 */
	public static Flow flowOf(String id) {
		if (!isFlow(id) || !id.contains("->")) {
			return null;
		}
		String[] ends = id.substring(FLOW.length()).split("->", 2);
		boolean fromStep = !ends[0].contains(":") || ends[0].endsWith(":branch");
		boolean toStep = !ends[1].contains(":") || ends[1].endsWith(":delay");
		String from = stepOf(ends[0]);
		String to = stepOf(ends[1]);
		return fromStep && toStep && from != null && to != null && !from.equals(to) ? new Flow(from, to) : null;
	}
}
