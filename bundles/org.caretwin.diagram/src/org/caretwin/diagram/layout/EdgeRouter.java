package org.caretwin.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.diagram.DiagramEdge;
import org.caretwin.diagram.DiagramNode.Kind;
import org.caretwin.diagram.PathwayDiagram;
import org.caretwin.diagram.layout.LaidOutDiagram.Band;
import org.caretwin.diagram.layout.LaidOutDiagram.Placed;
import org.caretwin.diagram.layout.LaidOutDiagram.Point;
import org.caretwin.diagram.layout.LaidOutDiagram.Route;

/**
 * Orthogonal flows between placed nodes that never cross a box: out of the source's right side (a boundary event's
 * bottom), vertically in the gap after the source's column, then straight into the target's left side when that row
 * is free, else along a free corridor (the padding of a lane or the gap between two rows) to the gap before the
 * target's column. Flows leaving one node share their vertical, as do flows entering one node.
 */
final class EdgeRouter {

	private static final double CLEARANCE = 4;
	private static final double FIRST_TRACK = 14;
	private static final double TRACK = 9;

	private final PathwayDiagram diagram;
	private final Map<String, Placed> placed;
	private final Map<String, Integer> columns;
	private final double[] columnX;
	private final double[] columnWidth;
	private final List<Double> corridors = new ArrayList<>();
	/** The tracks taken in the gap after each column, by the node whose flows use them. */
	private final Map<Integer, List<String>> tracks = new HashMap<>();

	EdgeRouter(PathwayDiagram diagram, Map<String, Placed> placed, List<Band> bands, Map<String, Integer> columns,
			double[] columnX, double[] columnWidth) {
		this.diagram = diagram;
		this.placed = placed;
		this.columns = columns;
		this.columnX = columnX;
		this.columnWidth = columnWidth;
		for (Band band : bands) {
			corridors.add(band.y() + DiagramLayout.LANE_PAD / 2);
			corridors.add(band.y() + band.height() - DiagramLayout.LANE_PAD / 2);
		}
		// between the rows of a lane: just under each node's area
		for (Placed p : placed.values()) {
			if (p.node().kind() != Kind.BOUNDARY) {
				corridors.add(p.y() + p.height() + DiagramLayout.ROW_GAP / 2);
			}
		}
	}

	List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (DiagramEdge e : diagram.edges()) {
			routes.add(route(e));
		}
		return routes;
	}

	private Route route(DiagramEdge e) {
		Placed source = placed.get(e.source());
		Placed target = placed.get(e.target());
		boolean fromBoundary = source.node().kind() == Kind.BOUNDARY;
		Placed host = fromBoundary ? placed.get(source.node().host()) : source;
		int cs = columns.get(host.node().id());
		int ct = columns.get(target.node().id());
		Point end = new Point(target.shapeX(), target.anchorY());
		List<Point> points = new ArrayList<>();
		double inX;
		Point label = null;
		if (fromBoundary) {
			Point start = new Point(source.centreX(), source.shapeY() + source.shapeHeight());
			points.add(start);
			if (ct == cs + 1 && end.y() > start.y() && clearVertical(start.x(), start.y(), end.y(), host, target)
					&& clearHorizontal(end.y(), start.x(), end.x(), host, target)) {
				points.add(new Point(start.x(), end.y()));
				inX = start.x();
			} else {
				inX = track(ct - 1, "in:" + target.node().id());
				double corridor = corridor(start.y(), Math.min(start.x(), inX), Math.max(start.x(), inX), true);
				points.add(new Point(start.x(), corridor));
				points.add(new Point(inX, corridor));
				points.add(new Point(inX, end.y()));
			}
		} else {
			Point start = new Point(source.shapeX() + source.shapeWidth(), source.anchorY());
			points.add(start);
			// fan-out from a gateway shares the source's vertical, a merge the target's
			boolean fanOut = diagram.edgesFrom(source.node().id()).size() > 1;
			double outX = track(cs, fanOut ? "out:" + source.node().id() : "in:" + target.node().id());
			if (ct > cs && Math.abs(start.y() - end.y()) < 0.5 && clearHorizontal(end.y(), start.x(), end.x(), source, target)) {
				inX = start.x();
			} else if (ct > cs && clearHorizontal(end.y(), outX, end.x(), source, target)) {
				points.add(new Point(outX, start.y()));
				points.add(new Point(outX, end.y()));
				inX = outX;
			} else {
				inX = track(ct - 1, "in:" + target.node().id());
				double corridor = corridor((start.y() + end.y()) / 2, Math.min(inX, outX), Math.max(inX, outX), false);
				points.add(new Point(outX, start.y()));
				points.add(new Point(outX, corridor));
				points.add(new Point(inX, corridor));
				points.add(new Point(inX, end.y()));
				if (ct <= cs) {
					// a flow back shares its last stretch with the flows entering the step: label its own stretch
					label = new Point((inX + outX) / 2, corridor - 4);
				}
			}
		}
		points.add(end);
		if (e.label() == null) {
			label = null;
		} else if (label == null) {
			label = new Point((inX + end.x()) / 2, end.y() - 6);
		}
		return new Route(e, points, label);
	}

	/**
	 * The x of a vertical track in the gap after column {@code column} (before the first column when it is -1), one
	 * per node using the gap, so flows of different nodes do not run on top of each other.
	 */
	private double track(int column, String user) {
		List<String> users = tracks.computeIfAbsent(column, c -> new ArrayList<>());
		if (!users.contains(user)) {
			users.add(user);
		}
		int k = users.indexOf(user);
		double gapStart = column < 0 ? columnX[0] - DiagramLayout.MARGIN : columnX[column] + columnWidth[column];
		double gapEnd = column + 1 < columnX.length ? columnX[column + 1] : gapStart + DiagramLayout.MARGIN;
		double x = gapStart + FIRST_TRACK + k * TRACK;
		return Math.min(x, gapEnd - FIRST_TRACK / 2);
	}

	/**
	 * The free corridor nearest {@code y} (only below it when {@code below}) along which x1..x2 crosses no node's area,
	 * not even those of the flow's own ends: it runs beside them, never through their labels.
	 */
	private double corridor(double y, double x1, double x2, boolean below) {
		double best = Double.NaN;
		for (double c : corridors) {
			if ((below && c <= y) || !clearHorizontal(c, x1, x2, null, null)) {
				continue;
			}
			if (Double.isNaN(best) || Math.abs(c - y) < Math.abs(best - y)) {
				best = c;
			}
		}
		return Double.isNaN(best) ? y : best;
	}

	private boolean clearHorizontal(double y, double x1, double x2, Placed source, Placed target) {
		double left = Math.min(x1, x2) + 1;
		double right = Math.max(x1, x2) - 1;
		return placed.values().stream().filter(p -> p != source && p != target && p.node().kind() != Kind.BOUNDARY)
				.noneMatch(p -> p.overlaps(left, y - CLEARANCE, right, y + CLEARANCE));
	}

	private boolean clearVertical(double x, double y1, double y2, Placed source, Placed target) {
		double top = Math.min(y1, y2) + 1;
		double bottom = Math.max(y1, y2) - 1;
		return placed.values().stream().filter(p -> p != source && p != target && p.node().kind() != Kind.BOUNDARY)
				.noneMatch(p -> p.overlaps(x - CLEARANCE, top, x + CLEARANCE, bottom));
	}
}
