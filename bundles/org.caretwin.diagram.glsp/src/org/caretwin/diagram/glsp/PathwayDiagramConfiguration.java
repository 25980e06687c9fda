package org.caretwin.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.caretwin.diagram.DiagramNode;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/**
 * What a client may do with which element: steps and events move (to another cell of their lane), steps are deleted
 * and renamed, flows join two nodes, are deleted and reconnected; lanes and pathways stay where the layout puts
 * them. The server lays out (ELK with lanes), so the client needs no layout of its own.
 */
public class PathwayDiagramConfiguration extends BaseDiagramConfiguration {

	@Override
	public Map<String, EClass> getTypeMappings() {
		Map<String, EClass> mappings = DefaultTypes.getDefaultTypeMappings();
		mappings.put(PathwayTypes.PATHWAY, GraphPackage.Literals.GNODE);
		mappings.put(PathwayTypes.LANE, GraphPackage.Literals.GNODE);
		for (DiagramNode.Kind kind : DiagramNode.Kind.values()) {
			mappings.put(PathwayTypes.of(kind), GraphPackage.Literals.GNODE);
		}
		mappings.put(PathwayTypes.FLOW, GraphPackage.Literals.GEDGE);
		mappings.put(PathwayTypes.NAME, GraphPackage.Literals.GLABEL);
		mappings.put(PathwayTypes.LANE_NAME, GraphPackage.Literals.GLABEL);
		mappings.put(PathwayTypes.DETAIL, GraphPackage.Literals.GLABEL);
		mappings.put(PathwayTypes.SHARE, GraphPackage.Literals.GLABEL);
		return mappings;
	}

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		List<ShapeTypeHint> hints = new ArrayList<>();
		for (DiagramNode.Kind kind : DiagramNode.Kind.values()) {
			boolean step = kind == DiagramNode.Kind.TASK || kind == DiagramNode.Kind.DECISION;
			// repositionable, deletable (a step), not resizable (the layout sizes boxes to their text), not reparentable
			hints.add(new ShapeTypeHint(PathwayTypes.of(kind), true, step, false, false));
		}
		hints.add(new ShapeTypeHint(PathwayTypes.LANE, false, false, false, false));
		hints.add(new ShapeTypeHint(PathwayTypes.PATHWAY, false, false, false, false));
		return hints;
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		List<String> ends = List.of(DiagramNode.Kind.values()).stream().map(PathwayTypes::of).toList();
		// repositionable, deletable, not routable (the server routes), from and to any node of a pathway
		return List.of(new EdgeTypeHint(PathwayTypes.FLOW, true, true, false, ends, ends));
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.MANUAL;
	}

	@Override
	public boolean needsClientLayout() {
		return false;
	}

	@Override
	public boolean animatedUpdate() {
		return false;
	}
}
