package org.caretwin.diagram.layout;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.caretwin.diagram.DiagramEdge;
import org.caretwin.diagram.DiagramNode;
import org.caretwin.diagram.Lane;
import org.caretwin.diagram.PathwayDiagram;

/**
 * A pathway diagram with coordinates (pixels, y down): lanes as full-width horizontal bands, each node's area (shape
 * and the label under it) and shape, each edge as an orthogonal polyline. The lane headers take the left
 * {@link #headerWidth()} pixels. {@code cells} has the column and row in its lane of every node but boundary events,
 * which is what a move by the modeller changes.
 */
public record LaidOutDiagram(PathwayDiagram diagram, List<Band> lanes, Map<String, Placed> nodes, List<Route> edges,
		Map<String, ManualLayout.Cell> cells, double headerWidth, double width, double height) {

	public LaidOutDiagram {
		cells = Map.copyOf(cells);
		lanes = List.copyOf(lanes);
		// in the order of the diagram's nodes, so that what is drawn from it is the same from run to run
		Map<String, Placed> ordered = new LinkedHashMap<>();
		for (DiagramNode n : diagram.nodes()) {
			ordered.put(n.id(), nodes.get(n.id()));
		}
		nodes = Collections.unmodifiableMap(ordered);
		edges = List.copyOf(edges);
	}

	/**
	 * The cell node {@code id} goes to when dropped with its centre at ({@code x}, {@code y}): the nearest column,
	 * the nearest row of its lane, or a new row under the last one when dropped well below it. Null for a node
	 * without a cell (a boundary event moves with its step).
	 */
	public ManualLayout.Cell cellAt(String id, double x, double y) {
		ManualLayout.Cell now = cells.get(id);
		Placed moved = nodes.get(id);
		if (now == null || moved == null) {
			return null;
		}
		Map<Integer, double[]> columns = new TreeMap<>();
		Map<Integer, double[]> rows = new TreeMap<>();
		cells.forEach((other, cell) -> {
			Placed placed = nodes.get(other);
			if (!other.equals(id) && placed != null) {
				add(columns, cell.column(), placed.x() + placed.width() / 2);
				if (Objects.equals(placed.node().lane(), moved.node().lane())) {
					add(rows, cell.row(), placed.y() + placed.height() / 2);
				}
			}
		});
		int column = nearest(columns, x, now.column());
		int row = nearest(rows, y, 0);
		if (!rows.isEmpty()) {
			Map.Entry<Integer, double[]> lowest = rows.entrySet().stream()
					.max(Comparator.comparingDouble(e -> e.getValue()[0] / e.getValue()[1])).orElseThrow();
			if (y > lowest.getValue()[0] / lowest.getValue()[1] + moved.height() * 0.75) {
				row = lowest.getKey() + 1;
			}
		}
		return new ManualLayout.Cell(column, row);
	}

	/** Adds {@code at} to the sum and count of {@code index}. */
	private static void add(Map<Integer, double[]> centres, int index, double at) {
		double[] sumAndCount = centres.computeIfAbsent(index, i -> new double[2]);
		sumAndCount[0] += at;
		sumAndCount[1]++;
	}

	private static int nearest(Map<Integer, double[]> centres, double at, int fallback) {
		int best = fallback;
		double distance = Double.MAX_VALUE;
		for (Map.Entry<Integer, double[]> e : centres.entrySet()) {
			double d = Math.abs(e.getValue()[0] / e.getValue()[1] - at);
			if (d < distance) {
				distance = d;
				best = e.getKey();
			}
		}
		return best;
	}

	public record Point(double x, double y) {
	}

	/** A lane from {@code y} down to {@code y + height}. */
	public record Band(Lane lane, double y, double height) {
	}

	/** A node: its area (x, y, width, height) and its shape within it (box, circle's square, diamond's square). */
	public record Placed(DiagramNode node, double x, double y, double width, double height, double shapeX, double shapeY,
			double shapeWidth, double shapeHeight, Lines lines) {

		/** Where flows attach: the middle height of the shape. */
		public double anchorY() {
			return shapeY + shapeHeight / 2;
		}

		public double centreX() {
			return shapeX + shapeWidth / 2;
		}

		boolean overlaps(double left, double top, double right, double bottom) {
			return left < x + width && right > x && top < y + height && bottom > y;
		}
	}

	/** The wrapped texts of a node: its name, its details, its repeat and remote markers (each line of a marker indented). */
	public record Lines(List<String> title, List<String> details, List<String> loop, List<String> remote) {

		public Lines {
			title = List.copyOf(title);
			details = List.copyOf(details);
			loop = List.copyOf(loop);
			remote = List.copyOf(remote);
		}
	}

	/** An edge as the points of its polyline, and where its label (if any) is centred, its baseline at y. */
	public record Route(DiagramEdge edge, List<Point> points, Point labelAt) {

		public Route {
			points = List.copyOf(points);
		}
	}
}
