package org.caretwin.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.caretwin.diagram.DiagramIds;
import org.caretwin.diagram.DiagramNode;
import org.caretwin.diagram.StepResults;
import org.caretwin.diagram.layout.LaidOutDiagram;
import org.caretwin.diagram.layout.LaidOutDiagram.Band;
import org.caretwin.diagram.layout.LaidOutDiagram.Placed;
import org.caretwin.diagram.layout.LaidOutDiagram.Point;
import org.caretwin.diagram.layout.LaidOutDiagram.Route;
import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.diagram.svg.ResultBadges;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;

/**
 * The graph model of laid-out pathways: one {@code pathway} node per pathway, stacked top to bottom, holding its
 * lanes, its nodes and its flows with the coordinates of our own layout (ELK with lanes, and the modeller's moves),
 * so a client draws exactly what the SVG export and the report show. Ids are the diagram's stable ids.
 */
public final class PathwayGraphs {

	/** Arguments a client reads: why the diagram is stale, where a node is written, its cell for a move. */
	public static final String PROBLEM = "problem";
	public static final String WHERE = "where";
	public static final String COLUMN = "column";
	public static final String ROW = "row";

	static final String ROOT_ID = "pathways";
	/** The space between two pathways stacked in one graph. */
	public static final double GAP = 40;

	private PathwayGraphs() {
	}

	/** The graph of {@code pathways}; {@code problem} (null if none) says why they are not those of the current text. */
	public static GGraph of(List<LaidOutDiagram> pathways, String problem) {
		return of(pathways, problem, null);
	}

	/** The same with a badge on every step {@code results} (null before a run) has figures of. */
	public static GGraph of(List<LaidOutDiagram> pathways, String problem, StepResults results) {
		GGraphBuilder graph = new GGraphBuilder().id(ROOT_ID);
		double y = 0;
		for (LaidOutDiagram pathway : pathways) {
			graph.add(pathway(pathway, y, results));
			y += pathway.height() + GAP;
		}
		if (problem != null) {
			graph.addArgument(PROBLEM, problem);
		}
		return graph.build();
	}

	private static GNode pathway(LaidOutDiagram laidOut, double y, StepResults results) {
		String name = laidOut.diagram().pathway();
		GNodeBuilder pathway = new GNodeBuilder(PathwayTypes.PATHWAY).id(name).addCssClass("pathway").position(0, y)
				.size(laidOut.width(), laidOut.height());
		for (Band band : laidOut.lanes()) {
			pathway.add(new GNodeBuilder(PathwayTypes.LANE).id(name + ":lane:" + band.lane().id()).addCssClass("lane")
					.position(0, band.y())
					.size(laidOut.width(), band.height())
					.add(new GLabelBuilder(PathwayTypes.LANE_NAME).id(name + ":lane:" + band.lane().id() + ":name")
							.addCssClass("lane-name").text(band.lane().label()).position(8, 8).build())
					.build());
		}
		for (Placed placed : laidOut.nodes().values()) {
			pathway.add(node(placed, laidOut.cells().get(placed.node().id()), results));
		}
		for (Route route : laidOut.edges()) {
			pathway.add(flow(route));
		}
		return pathway.build();
	}

	private static GNode node(Placed placed, ManualLayout.Cell cell, StepResults results) {
		DiagramNode node = placed.node();
		GNodeBuilder builder = new GNodeBuilder(PathwayTypes.of(node.kind())).id(node.id())
				.addCssClass(node.kind().name().toLowerCase(Locale.ROOT))
				.position(placed.shapeX(), placed.shapeY()).size(placed.shapeWidth(), placed.shapeHeight());
		// as the SVG writes them: a box's lines inside it from its top left, an event's centred under its shape
		boolean inside = !node.isEvent();
		String side = inside ? "inside" : "below";
		double x = inside ? 12 : placed.x() + placed.width() / 2 - placed.shapeX();
		double y = inside ? 8 : placed.shapeHeight() + 4;
		if (node.label() != null) {
			builder.add(new GLabelBuilder(PathwayTypes.NAME).id(node.id() + ":name").addCssClass(side).text(node.label())
					.position(x, y).build());
			y += inside ? 18 * placed.lines().title().size() : 15 * placed.lines().title().size();
		}
		List<String> details = new ArrayList<>(placed.lines().details());
		details.addAll(placed.lines().loop());
		details.addAll(placed.lines().remote());
		for (int i = 0; i < details.size(); i++) {
			builder.add(new GLabelBuilder(PathwayTypes.DETAIL).id(node.id() + ":detail:" + i).addCssClass(side)
					.addCssClass("detail").text(details.get(i)).position(x, y + (inside ? 16 : 15) * i).build());
		}
		StepResults.Figures figures = results == null || node.kind() != DiagramNode.Kind.TASK ? null
				: results.of(node.id()).orElse(null);
		if (figures != null) {
			// as on the other page at the box's top right, just above it, coloured by the busiest resource's load
			builder.add(new GLabelBuilder(PathwayTypes.BADGE).id(node.id() + ":badge").addCssClass("badge")
					.addCssClass(ResultBadges.Load.of(figures.utilisation()).cssClass()).text(ResultBadges.text(figures))
					.position(placed.shapeWidth() - 4, -17).build());
		}
		if (node.where() != null) {
			builder.addArgument(WHERE, node.where());
		}
		if (cell != null) {
			builder.addArgument(COLUMN, cell.column()).addArgument(ROW, cell.row());
		}
		return builder.build();
	}

	private static GModelElement flow(Route route) {
		GEdgeBuilder edge = new GEdgeBuilder(PathwayTypes.FLOW).id(DiagramIds.flowId(route.edge())).addCssClass("flow")
				.sourceId(route.edge().source()).targetId(route.edge().target());
		List<Point> points = route.points();
		for (Point p : points.subList(Math.min(1, points.size()), Math.max(1, points.size() - 1))) {
			edge.addRoutingPoint(p.x(), p.y());
		}
		if (route.edge().label() != null) {
			edge.add(new GLabelBuilder(PathwayTypes.SHARE).id(DiagramIds.flowId(route.edge()) + ":share").addCssClass("share")
					.text(route.edge().label())
					.edgePlacement(new GEdgePlacementBuilder().position(0.5).side("top").rotate(false).build()).build());
		}
		return edge.build();
	}

	private static GModelElement label(String id, String text, double x, double y) {
		return new GLabelBuilder(PathwayTypes.NAME).id(id).text(text).position(x, y).build();
	}
}
