package org.caretwin.diagram;

import java.util.List;
import java.util.Optional;

/**
 * The diagram of one pathway, before layout: BPMN-like nodes, the sequence flows between them and the swimlanes in
 * the order they are drawn from top to bottom. Built by {@link DiagramBuilder} from the resolved model only.
 */
public record PathwayDiagram(String pathway, String cohort, LaneMode laneMode, List<Lane> lanes, List<DiagramNode> nodes,
		List<DiagramEdge> edges) {

	public PathwayDiagram {
		lanes = List.copyOf(lanes);
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	public Optional<DiagramNode> node(String id) {
		return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
	}

	public List<DiagramNode> nodesOf(DiagramNode.Kind kind) {
		return nodes.stream().filter(n -> n.kind() == kind).toList();
	}

	public List<DiagramEdge> edgesFrom(String id) {
		return edges.stream().filter(e -> e.source().equals(id)).toList();
	}

	public List<DiagramEdge> edgesTo(String id) {
		return edges.stream().filter(e -> e.target().equals(id)).toList();
	}
}
