package org.caretwin.diagram.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.diagram.DiagramEdge;
import org.caretwin.diagram.DiagramNode;
import org.caretwin.diagram.DiagramNode.Kind;
import org.caretwin.diagram.Lane;
import org.caretwin.diagram.PathwayDiagram;
import org.caretwin.diagram.layout.LaidOutDiagram.Band;
import org.caretwin.diagram.layout.LaidOutDiagram.Placed;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a pathway diagram out left to right in BPMN swimlanes. ELK's layered algorithm gives the columns (its layers)
 * and the order of nodes in each; ELK has no swimlanes, so each lane then becomes a full-width band whose rows hold
 * its nodes at their ELK column, and {@link EdgeRouter} draws the flows orthogonally around the boxes.
 */
public final class DiagramLayout {

	static final double HEADER_MIN = 120;
	static final double HEADER_MAX = 190;
	static final double MARGIN = 28;
	static final double COLUMN_GAP = 40;
	static final double LANE_PAD = 28;
	static final double ROW_GAP = 30;

	static {
		// ELK's option types (paddings, spacings) are cloned through its metadata registry, which a plain JVM or an
		// OSGi runtime without ELK's plug-in registry does not fill by itself
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private DiagramLayout() {
	}

	public static LaidOutDiagram of(PathwayDiagram diagram) {
		return of(diagram, ManualLayout.NONE);
	}

	/** The layout of {@code diagram} with the nodes {@code manual} names in the cells the modeller moved them to. */
	public static LaidOutDiagram of(PathwayDiagram diagram, ManualLayout manual) {
		Map<String, DiagramNode> boundaries = new HashMap<>();
		for (DiagramNode n : diagram.nodes()) {
			if (n.kind() == Kind.BOUNDARY) {
				boundaries.put(n.host(), n);
			}
		}
		List<DiagramNode> laidOut = diagram.nodes().stream().filter(n -> n.kind() != Kind.BOUNDARY).toList();
		Map<String, NodeSizer.Size> sizes = new LinkedHashMap<>();
		for (DiagramNode n : laidOut) {
			sizes.put(n.id(), NodeSizer.of(n, boundaries.get(n.id())));
		}
		Map<String, double[]> elk = elk(diagram, laidOut, sizes);
		Map<String, Integer> columns = moved(columns(laidOut, elk, sizes), manual);
		int columnCount = columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;

		double headerWidth = headerWidth(diagram.lanes());
		double[] columnWidth = new double[columnCount];
		for (DiagramNode n : laidOut) {
			int c = columns.get(n.id());
			columnWidth[c] = Math.max(columnWidth[c], sizes.get(n.id()).width());
		}
		double[] gapAfter = gaps(diagram, columns, columnCount);
		double[] columnX = new double[columnCount];
		double x = headerWidth + MARGIN;
		for (int c = 0; c < columnCount; c++) {
			columnX[c] = x;
			x += columnWidth[c] + gapAfter[c];
		}
		double width = x - gapAfter[Math.max(0, columnCount - 1)] + MARGIN;

		Map<String, Placed> placed = new LinkedHashMap<>();
		Map<String, ManualLayout.Cell> cells = new HashMap<>();
		List<Band> bands = new ArrayList<>();
		double y = 0;
		for (Lane lane : diagram.lanes()) {
			double top = y;
			List<List<DiagramNode>> rows = rowsOf(laneNodes(laidOut, lane, elk), columns, manual);
			for (int r = 0; r < rows.size(); r++) {
				for (DiagramNode n : rows.get(r)) {
					cells.put(n.id(), new ManualLayout.Cell(columns.get(n.id()), r));
				}
			}
			y = place(rows, columns, sizes, columnX, columnWidth, y + LANE_PAD, placed);
			y += LANE_PAD;
			bands.add(new Band(lane, top, y - top));
		}
		for (DiagramNode b : boundaries.values()) {
			placed.put(b.id(), boundary(b, placed.get(b.host())));
		}
		List<LaidOutDiagram.Route> routes = new EdgeRouter(diagram, placed, bands, columns, columnX, columnWidth).routes();
		return new LaidOutDiagram(diagram, bands, placed, routes, cells, headerWidth, width, y);
	}

	/** ELK layered, left to right: the position of every node, x and y of its top-left corner. */
	private static Map<String, double[]> elk(PathwayDiagram diagram, List<DiagramNode> nodes,
			Map<String, NodeSizer.Size> sizes) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, COLUMN_GAP);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, ROW_GAP);
		// a flow back to an earlier step (a repeat visit, a redirection) is the one drawn backwards: nodes come in the
		// order the pathway is written
		root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
		Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
		for (DiagramNode n : nodes) {
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setIdentifier(n.id());
			node.setDimensions(sizes.get(n.id()).width(), sizes.get(n.id()).height());
			elkNodes.put(n.id(), node);
		}
		for (DiagramEdge e : diagram.edges()) {
			// a boundary event's flows leave its host step
			String source = diagram.node(e.source()).map(n -> n.host() != null ? n.host() : n.id()).orElseThrow();
			ElkGraphUtil.createSimpleEdge(elkNodes.get(source), elkNodes.get(e.target()));
		}
		new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
		Map<String, double[]> positions = new HashMap<>();
		elkNodes.forEach((id, node) -> positions.put(id, new double[] { node.getX(), node.getY() }));
		return positions;
	}

	/** ELK's layers: nodes whose x ranges overlap are in one column. */
	private static Map<String, Integer> columns(List<DiagramNode> nodes, Map<String, double[]> elk,
			Map<String, NodeSizer.Size> sizes) {
		List<DiagramNode> byX = new ArrayList<>(nodes);
		byX.sort(Comparator.comparingDouble(n -> elk.get(n.id())[0]));
		Map<String, Integer> columns = new HashMap<>();
		int column = -1;
		double right = Double.NEGATIVE_INFINITY;
		for (DiagramNode n : byX) {
			double left = elk.get(n.id())[0];
			if (left >= right) {
				column++;
			}
			right = Math.max(left >= right ? Double.NEGATIVE_INFINITY : right, left + sizes.get(n.id()).width());
			columns.put(n.id(), column);
		}
		return columns;
	}

	/**
	 * ELK's columns with the moved nodes in the columns they were dropped in, numbered again from 0 without the columns
	 * a move emptied, the order of the others kept.
	 */
	private static Map<String, Integer> moved(Map<String, Integer> columns, ManualLayout manual) {
		if (manual.cells().isEmpty()) {
			return columns;
		}
		Map<String, Integer> moved = new HashMap<>(columns);
		manual.cells().forEach((id, cell) -> moved.computeIfPresent(id, (n, column) -> cell.column()));
		List<Integer> used = moved.values().stream().distinct().sorted().toList();
		moved.replaceAll((id, column) -> used.indexOf(column));
		return moved;
	}

	/** The gap after each column: wide enough for the labels of the flows entering the next one. */
	private static double[] gaps(PathwayDiagram diagram, Map<String, Integer> columns, int columnCount) {
		double[] gaps = new double[Math.max(1, columnCount)];
		Arrays.fill(gaps, COLUMN_GAP);
		for (DiagramEdge e : diagram.edges()) {
			Integer target = columns.get(e.target());
			if (e.label() != null && target != null && target > 0) {
				double needed = TextMetrics.width(e.label(), TextMetrics.BODY, false) + 44;
				gaps[target - 1] = Math.max(gaps[target - 1], needed);
			}
		}
		return gaps;
	}

	private static double headerWidth(List<Lane> lanes) {
		double widest = 0;
		for (Lane lane : lanes) {
			for (String line : TextMetrics.wrap(lane.label(), TextMetrics.TITLE, true, HEADER_MAX - 24)) {
				widest = Math.max(widest, TextMetrics.width(line, TextMetrics.TITLE, true));
			}
		}
		return Math.max(HEADER_MIN, Math.min(HEADER_MAX, widest + 24));
	}

	/** The nodes of a lane in ELK's top-to-bottom order, patients lost last (below the main flow). */
	private static List<DiagramNode> laneNodes(List<DiagramNode> nodes, Lane lane, Map<String, double[]> elk) {
		List<DiagramNode> inLane = new ArrayList<>(nodes.stream().filter(n -> n.lane().equals(lane.id())).toList());
		inLane.sort(Comparator.comparing((DiagramNode n) -> n.kind() == Kind.LOST)
				.thenComparingDouble(n -> elk.get(n.id())[1]));
		return inLane;
	}

	/**
	 * The rows of one lane: a node goes to the first row with nothing in its column, a moved node (placed first) from
	 * the row it was dropped in.
	 */
	private static List<List<DiagramNode>> rowsOf(List<DiagramNode> nodes, Map<String, Integer> columns, ManualLayout manual) {
		List<DiagramNode> movedFirst = new ArrayList<>(nodes);
		movedFirst.sort(Comparator.comparing((DiagramNode n) -> !manual.cells().containsKey(n.id())));
		List<List<DiagramNode>> rows = new ArrayList<>();
		for (DiagramNode n : movedFirst) {
			int column = columns.get(n.id());
			ManualLayout.Cell cell = manual.cells().get(n.id());
			int r = cell == null ? 0 : cell.row();
			while (r < rows.size() && rows.get(r).stream().anyMatch(m -> columns.get(m.id()) == column)) {
				r++;
			}
			while (rows.size() <= r) {
				rows.add(new ArrayList<>());
			}
			rows.get(r).add(n);
		}
		rows.removeIf(List::isEmpty);
		return rows;
	}

	/**
	 * Places the rows of one lane from {@code top}; the nodes of a row share the height where flows attach, so flows
	 * along a row are straight. Returns the bottom.
	 */
	private static double place(List<List<DiagramNode>> rows, Map<String, Integer> columns, Map<String, NodeSizer.Size> sizes,
			double[] columnX, double[] columnWidth, double top, Map<String, Placed> placed) {
		double y = top;
		for (List<DiagramNode> row : rows) {
			double above = 0;
			double below = 0;
			for (DiagramNode n : row) {
				NodeSizer.Size s = sizes.get(n.id());
				above = Math.max(above, s.shapeY() + s.shapeHeight() / 2);
				below = Math.max(below, s.height() - s.shapeY() - s.shapeHeight() / 2);
			}
			for (DiagramNode n : row) {
				NodeSizer.Size s = sizes.get(n.id());
				int c = columns.get(n.id());
				double x = columnX[c] + (columnWidth[c] - s.width()) / 2;
				double areaY = y + above - s.shapeY() - s.shapeHeight() / 2;
				placed.put(n.id(), new Placed(n, x, areaY, s.width(), s.height(), x + s.shapeX(), areaY + s.shapeY(),
						s.shapeWidth(), s.shapeHeight(), s.lines()));
			}
			y += above + below + ROW_GAP;
		}
		return rows.isEmpty() ? top : y - ROW_GAP;
	}

	/**
	 * A boundary event on the bottom edge of its step, near the right corner; its label left of the flow that leaves
	 * it downwards, under the step.
	 */
	private static Placed boundary(DiagramNode boundary, Placed host) {
		double size = NodeSizer.BOUNDARY;
		double cx = host.shapeX() + host.shapeWidth() - 28;
		double cy = host.shapeY() + host.shapeHeight();
		List<String> label = NodeSizer.boundaryLabel(boundary);
		double width = 0;
		for (String line : label) {
			width = Math.max(width, TextMetrics.width(line, TextMetrics.SMALL, false));
		}
		double height = size + NodeSizer.LABEL_GAP + label.size() * NodeSizer.LABEL_LINE;
		double x = cx - size / 2 - 4 - width;
		return new Placed(boundary, x, cy - size / 2, cx + size / 2 - x, height, cx - size / 2, cy - size / 2, size, size,
				new LaidOutDiagram.Lines(label, List.of(), List.of(), List.of()));
	}
}
