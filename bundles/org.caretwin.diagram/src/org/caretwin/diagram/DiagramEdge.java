package org.caretwin.diagram;

/**
 * A sequence flow from one node to another; {@code label} is the branch share (by profile) or null. Edges from a
 * boundary event leave the boundary event, which sits on its host step.
 */
public record DiagramEdge(String id, String source, String target, String label) {

	static DiagramEdge between(String source, String target, String label) {
		return new DiagramEdge(source + "->" + target, source, target, label);
	}
}
