package org.caretwin.diagram;

/**
 * A sequence flow from one node to another; {@code label} is the branch share (by profile) or null. Edges from a
 * boundary event leave the boundary event, which sits on its host step. A flow out of a branch names the step that
 * branches and the step it sends patients to in {@code routing}, so results can be shown on it; others have none.
 */
public record DiagramEdge(String id, String source, String target, String label, Routing routing) {

	/** A branch of step {@code step} (its id) sending patients to step {@code target}. */
	public record Routing(String step, String target) {
	}

	static DiagramEdge between(String source, String target, String label) {
		return new DiagramEdge(source + "->" + target, source, target, label, null);
	}

	static DiagramEdge branch(String source, String target, String label, Routing routing) {
		return new DiagramEdge(source + "->" + target, source, target, label, routing);
	}
}
