package org.caretwin.diagram.svg;

import java.util.List;

import org.caretwin.diagram.DiagramIds;
import org.caretwin.diagram.DiagramNode;
import org.caretwin.diagram.DiagramNode.Kind;
import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.StepResults;
import org.caretwin.diagram.layout.LaidOutDiagram;
import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.diagram.layout.LaidOutDiagram.Band;
import org.caretwin.diagram.layout.LaidOutDiagram.Placed;
import org.caretwin.diagram.layout.LaidOutDiagram.Point;
import org.caretwin.diagram.layout.LaidOutDiagram.Route;
import org.caretwin.diagram.layout.TextMetrics;

/**
 * Draws laid-out pathway diagrams as one static SVG document: a heading per pathway, its lanes, nodes and flows, and
 * a legend of the notation. Every node is a group whose {@code id} is the node's stable id and whose
 * {@code data-source} is where it was written, so a later editor or report can find it.
 */
public final class SvgRenderer {

	static final String FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
	private static final double PAGE_MARGIN = 16;
	private static final double HEADING = 52;
	private static final double BETWEEN = 28;
	private static final double LEGEND_HEIGHT = 86;
	private static final double LEGEND_WIDTH = 1160;

	private static final double RESULTS_ROW = 30;

	private final Svg svg = new Svg();
	/** What a run measured, drawn as badges on the steps; null before a run. */
	private final StepResults results;

	private SvgRenderer(StepResults results) {
		this.results = results;
	}

	/** The SVG document of {@code diagrams}, one under the other, with {@code source} (the model's file) in each heading. */
	public static String render(List<LaidOutDiagram> diagrams, String source) {
		return render(diagrams, source, null);
	}

	/** The same with a badge of {@code results} (null for none) on every step a run measured. */
	public static String render(List<LaidOutDiagram> diagrams, String source, StepResults results) {
		return new SvgRenderer(results).document(diagrams, source);
	}

	private double legendHeight() {
		return LEGEND_HEIGHT + (results == null ? 0 : RESULTS_ROW);
	}

	private String document(List<LaidOutDiagram> diagrams, String source) {
		double width = LEGEND_WIDTH;
		double height = PAGE_MARGIN;
		for (LaidOutDiagram d : diagrams) {
			width = Math.max(width, d.width());
			height += HEADING + d.height() + BETWEEN;
		}
		height += legendHeight() + PAGE_MARGIN;
		width += 2 * PAGE_MARGIN;
		svg.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", width, "height", height, "viewBox",
				"0 0 " + Svg.number(width) + " " + Svg.number(height), "font-family", FONT, "role", "img");
		svg.raw("\n");
		svg.open("title").text("Care pathway diagram" + (source == null ? "" : " of " + source)).close("title");
		defs();
		svg.empty("rect", "width", width, "height", height, "fill", "#ffffff");
		double y = PAGE_MARGIN;
		for (LaidOutDiagram d : diagrams) {
			heading(d, source, y);
			y += HEADING;
			svg.open("g", "transform", "translate(" + Svg.number(PAGE_MARGIN) + "," + Svg.number(y) + ")", "class", "pathway",
					"id", "pathway:" + d.diagram().pathway());
			diagram(d);
			svg.close("g");
			y += d.height() + BETWEEN;
		}
		legend(PAGE_MARGIN, y);
		svg.close("svg");
		return svg.toString();
	}

	private void defs() {
		svg.open("defs");
		svg.open("marker", "id", "arrow", "viewBox", "0 0 10 10", "refX", "9", "refY", "5", "markerWidth", "8",
				"markerHeight", "8", "orient", "auto-start-reverse");
		svg.empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", Palette.FLOW);
		svg.close("marker");
		svg.open("marker", "id", "arrow-exception", "viewBox", "0 0 10 10", "refX", "9", "refY", "5", "markerWidth", "8",
				"markerHeight", "8", "orient", "auto-start-reverse");
		svg.empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", Palette.VERMILLION);
		svg.close("marker");
		svg.close("defs");
	}

	private void heading(LaidOutDiagram d, String source, double y) {
		String lanes = d.diagram().laneMode() == LaneMode.PROFESSION ? "lanes by profession (first resource of each step)"
				: "lanes by care setting";
		svg.textAt(PAGE_MARGIN, y + 22, "Pathway " + d.diagram().pathway(), "font-size", 20.0, "font-weight", "bold",
				"fill", Palette.INK);
		String start = d.diagram().node(d.diagram().pathway() + ":start").map(DiagramNode::where).orElse(null);
		svg.textAt(PAGE_MARGIN, y + 42, "patients of cohort " + d.diagram().cohort() + " · " + lanes
				+ (start == null ? "" : " · " + (source == null ? start : source)), "font-size", 13.0, "fill", Palette.MUTED);
	}

	private void diagram(LaidOutDiagram d) {
		List<Band> bands = d.lanes();
		for (int i = 0; i < bands.size(); i++) {
			lane(bands.get(i), i, d.width(), d.headerWidth());
		}
		for (Route route : d.edges()) {
			flow(route, d);
		}
		for (Placed p : d.nodes().values()) {
			if (p.node().kind() != Kind.BOUNDARY) {
				node(p, d.cells().get(p.node().id()));
			}
		}
		// boundary events over the border of their step
		for (Placed p : d.nodes().values()) {
			if (p.node().kind() == Kind.BOUNDARY) {
				node(p, null);
			}
		}
	}

	private void lane(Band band, int index, double width, double headerWidth) {
		String colour = Palette.lane(index);
		svg.open("g", "class", "lane", "id", "lane:" + band.lane().id());
		svg.empty("rect", "x", 0.0, "y", band.y(), "width", width, "height", band.height(), "fill",
				index % 2 == 0 ? Palette.LANE_EVEN : Palette.LANE_ODD, "stroke", Palette.LANE_LINE);
		svg.empty("rect", "x", 0.0, "y", band.y(), "width", headerWidth, "height", band.height(), "fill",
				Palette.tint(colour, 0.18), "stroke", Palette.LANE_LINE);
		svg.empty("rect", "x", 0.0, "y", band.y(), "width", 6.0, "height", band.height(), "fill", colour);
		List<String> lines = TextMetrics.wrap(band.lane().label(), TextMetrics.TITLE, true, headerWidth - 24);
		double y = band.y() + band.height() / 2 - (lines.size() - 1) * 9 + 5;
		for (String line : lines) {
			svg.textAt(16, y, line, "font-size", TextMetrics.TITLE, "font-weight", "bold", "fill", Palette.INK);
			y += 18;
		}
		svg.close("g");
	}

	private void flow(Route route, LaidOutDiagram d) {
		boolean exception = d.nodes().get(route.edge().source()).node().kind() == Kind.BOUNDARY;
		StringBuilder points = new StringBuilder();
		for (Point p : route.points()) {
			points.append(points.isEmpty() ? "" : " ").append(Svg.number(p.x())).append(',').append(Svg.number(p.y()));
		}
		svg.open("g", "class", "flow", "id", DiagramIds.flowId(route.edge()));
		svg.empty("polyline", "points", points, "fill", "none", "stroke", exception ? Palette.VERMILLION : Palette.FLOW,
				"stroke-width", 1.6, "stroke-linejoin", "round", "marker-end", exception ? "url(#arrow-exception)" : "url(#arrow)");
		if (route.labelAt() != null) {
			svg.textAt(route.labelAt().x(), route.labelAt().y(), route.edge().label(), "font-size", TextMetrics.BODY,
					"text-anchor", "middle", "fill", Palette.INK, "font-weight", "bold", "stroke", "#ffffff",
					"stroke-width", 4.0, "stroke-linejoin", "round", "paint-order", "stroke");
			observedShare(route);
		}
		svg.close("g");
	}

	/** After a run, the share a branch's flow carried, under the share written in the model. */
	private void observedShare(Route route) {
		if (results == null || route.edge().routing() == null) {
			return;
		}
		results.routed(route.edge().routing()).ifPresent(share -> svg.textAt(route.labelAt().x(), route.labelAt().y() + 15,
				"observed " + ResultBadges.percent(share), "font-size", TextMetrics.SMALL, "text-anchor", "middle", "fill", Palette.MUTED,
				"font-style", "italic", "class", "observed", "stroke", "#ffffff", "stroke-width", 4.0, "stroke-linejoin", "round",
				"paint-order", "stroke"));
	}

	/** A node; {@code cell} (null for a boundary event) lets an editor move it by column and row in its lane. */
	private void node(Placed p, ManualLayout.Cell cell) {
		DiagramNode n = p.node();
		svg.open("g", "class", n.kind().name().toLowerCase(java.util.Locale.ROOT), "id", n.id(), "data-source", n.where(),
				"data-lane", cell == null ? null : n.lane(), "data-column", cell == null ? null : cell.column(), "data-row",
				cell == null ? null : cell.row());
		svg.open("title").text(n.label() == null ? n.id() : n.label() + (n.where() == null ? "" : " (" + n.where() + ")"))
				.close("title");
		switch (n.kind()) {
		case TASK -> task(p);
		case DECISION, GATEWAY -> gateway(p);
		default -> event(p);
		}
		if (n.kind() == Kind.TASK && results != null) {
			results.of(n.id()).ifPresent(figures -> ResultBadges.draw(svg, p, figures));
		}
		svg.close("g");
	}

	private void task(Placed p) {
		svg.empty("rect", "x", p.shapeX(), "y", p.shapeY(), "width", p.shapeWidth(), "height", p.shapeHeight(), "rx", 10.0,
				"fill", "#ffffff", "stroke", Palette.BLUE, "stroke-width", 1.8);
		double x = p.shapeX() + 12;
		double y = p.shapeY() + 9 + 14;
		for (String line : p.lines().title()) {
			svg.textAt(x, y, line, "font-size", TextMetrics.TITLE, "font-weight", "bold", "fill", Palette.INK);
			y += 18;
		}
		y -= 2;
		for (String line : p.lines().details()) {
			svg.textAt(x, y, line, "font-size", TextMetrics.BODY, "fill", Palette.MUTED);
			y += 16;
		}
		y += 4;
		for (int i = 0; i < p.lines().loop().size(); i++) {
			if (i == 0) {
				Icons.loop(svg, x + 7, y - 4);
			}
			svg.textAt(x + 20, y, p.lines().loop().get(i), "font-size", TextMetrics.BODY, "fill", Palette.INK);
			y += 16;
		}
		for (int i = 0; i < p.lines().remote().size(); i++) {
			if (i == 0) {
				Icons.remote(svg, x + 7, y - 4);
			}
			svg.textAt(x + 20, y, p.lines().remote().get(i), "font-size", TextMetrics.BODY, "fill", Palette.INK);
			y += 16;
		}
	}

	private void gateway(Placed p) {
		double cx = p.centreX();
		double cy = p.anchorY();
		double r = p.shapeWidth() / 2;
		svg.empty("path", "d", "M" + Svg.number(cx) + "," + Svg.number(cy - r) + " L" + Svg.number(cx + r) + ","
				+ Svg.number(cy) + " L" + Svg.number(cx) + "," + Svg.number(cy + r) + " L" + Svg.number(cx - r) + ","
				+ Svg.number(cy) + " z", "fill", Palette.tint(Palette.YELLOW, 0.45), "stroke", "#8a7a00", "stroke-width", 1.8);
		double m = r * 0.36;
		svg.empty("path", "d", "M" + Svg.number(cx - m) + "," + Svg.number(cy - m) + " L" + Svg.number(cx + m) + ","
				+ Svg.number(cy + m) + " M" + Svg.number(cx + m) + "," + Svg.number(cy - m) + " L" + Svg.number(cx - m) + ","
				+ Svg.number(cy + m), "stroke", Palette.INK, "stroke-width", 3.0, "stroke-linecap", "round");
		labelBelow(p, p.node().kind() == Kind.DECISION);
	}

	private void event(Placed p) {
		double cx = p.centreX();
		double cy = p.anchorY();
		double r = p.shapeWidth() / 2;
		switch (p.node().kind()) {
		case START -> svg.empty("circle", "cx", cx, "cy", cy, "r", r, "fill", Palette.tint(Palette.GREEN, 0.15), "stroke",
				Palette.GREEN, "stroke-width", 2.5);
		case END -> svg.empty("circle", "cx", cx, "cy", cy, "r", r - 2, "fill", "#ffffff", "stroke", Palette.INK,
				"stroke-width", 4.5);
		case LOST -> {
			svg.empty("circle", "cx", cx, "cy", cy, "r", r - 2, "fill", Palette.tint(Palette.VERMILLION, 0.15), "stroke",
					Palette.VERMILLION, "stroke-width", 4.5);
			Icons.cross(svg, cx, cy, r * 0.4, Palette.VERMILLION);
		}
		case TIMER -> {
			svg.empty("circle", "cx", cx, "cy", cy, "r", r, "fill", "#ffffff", "stroke", Palette.ORANGE, "stroke-width", 2.0);
			svg.empty("circle", "cx", cx, "cy", cy, "r", r - 4, "fill", "#ffffff", "stroke", Palette.ORANGE, "stroke-width", 1.5);
			Icons.clock(svg, cx, cy, r - 9);
		}
		case BOUNDARY -> {
			svg.empty("circle", "cx", cx, "cy", cy, "r", r, "fill", "#ffffff", "stroke", Palette.VERMILLION, "stroke-width", 2.0);
			svg.empty("circle", "cx", cx, "cy", cy, "r", r - 3.5, "fill", "#ffffff", "stroke", Palette.VERMILLION,
					"stroke-width", 1.2);
			if (p.node().label().startsWith("waits")) {
				Icons.clock(svg, cx, cy, r - 7);
			} else {
				Icons.bolt(svg, cx, cy, r - 3.5);
			}
		}
		default -> {
			// every kind of node is drawn above
		}
		}
		if (p.node().kind() == Kind.BOUNDARY) {
			labelLeft(p);
		} else {
			labelBelow(p, p.node().kind() == Kind.START);
		}
	}

	/** A boundary event's label, right-aligned under its step and left of the flow leaving the event downwards. */
	private void labelLeft(Placed p) {
		double x = p.shapeX() - 4;
		double y = p.shapeY() + p.shapeHeight() + 8;
		for (String line : p.lines().title()) {
			svg.textAt(x, y, line, "font-size", TextMetrics.SMALL, "text-anchor", "end", "fill", "#a33f00");
			y += 15;
		}
	}

	/** The title lines (bold for a start event or a decision) and details centred under the shape. */
	private void labelBelow(Placed p, boolean bold) {
		double x = p.x() + p.width() / 2;
		double y = p.shapeY() + p.shapeHeight() + 4 + 12;
		boolean lost = p.node().kind() == Kind.LOST || p.node().kind() == Kind.BOUNDARY;
		for (String line : p.lines().title()) {
			svg.textAt(x, y, line, "font-size", bold ? TextMetrics.BODY + 1 : TextMetrics.SMALL, "font-weight",
					bold ? "bold" : null, "text-anchor", "middle", "fill", lost ? "#a33f00" : Palette.INK);
			y += 15;
		}
		for (String line : p.lines().details()) {
			svg.textAt(x, y, line, "font-size", TextMetrics.SMALL, "text-anchor", "middle", "fill", Palette.MUTED);
			y += 15;
		}
	}

	/** One row of symbols, each followed by its meaning. */
	private void legend(double x, double y) {
		svg.open("g", "class", "legend");
		svg.empty("rect", "x", x, "y", y, "width", LEGEND_WIDTH, "height", legendHeight() - 12, "rx", 8.0, "fill", "#f8fafc",
				"stroke", Palette.LANE_LINE);
		svg.textAt(x + 14, y + 24, "Legend", "font-size", 13.0, "font-weight", "bold", "fill", Palette.INK);
		double row = y + 52;
		double col = x + 26;
		svg.empty("circle", "cx", col, "cy", row, "r", 11.0, "fill", Palette.tint(Palette.GREEN, 0.15), "stroke",
				Palette.GREEN, "stroke-width", 2.5);
		col = legendText(col + 18, row, "arrivals");
		svg.empty("rect", "x", col - 12, "y", row - 11, "width", 30.0, "height", 22.0, "rx", 5.0, "fill", "#ffffff", "stroke",
				Palette.BLUE, "stroke-width", 1.8);
		col = legendText(col + 26, row, "step");
		svg.empty("path", "d", "M" + Svg.number(col) + "," + Svg.number(row - 12) + " l12,12 l-12,12 l-12,-12 z", "fill",
				Palette.tint(Palette.YELLOW, 0.45), "stroke", "#8a7a00", "stroke-width", 1.8);
		Icons.cross(svg, col, row, 4, Palette.INK);
		col = legendText(col + 18, row, "branch (share per profile)");
		svg.empty("circle", "cx", col, "cy", row, "r", 11.0, "fill", "#ffffff", "stroke", Palette.ORANGE, "stroke-width", 2.0);
		Icons.clock(svg, col, row, 6);
		col = legendText(col + 18, row, "planned delay");
		Icons.loop(svg, col, row);
		col = legendText(col + 14, row, "repeated sessions");
		Icons.remote(svg, col, row);
		col = legendText(col + 14, row, "remote mode (adoption)");
		svg.empty("circle", "cx", col, "cy", row, "r", 11.0, "fill", "#ffffff", "stroke", Palette.VERMILLION, "stroke-width",
				2.0);
		Icons.bolt(svg, col, row, 7.5);
		col = legendText(col + 18, row, "when unavailable");
		svg.empty("circle", "cx", col, "cy", row, "r", 10.0, "fill", Palette.tint(Palette.VERMILLION, 0.15), "stroke",
				Palette.VERMILLION, "stroke-width", 4.0);
		col = legendText(col + 18, row, "lost");
		svg.empty("circle", "cx", col, "cy", row, "r", 10.0, "fill", "#ffffff", "stroke", Palette.INK, "stroke-width", 4.0);
		legendText(col + 18, row, "end");
		if (results != null) {
			resultsLegend(x + 14, row + RESULTS_ROW);
		}
		svg.close("g");
	}

	/** The badges' key: what they measure, in which scenario, and the colour scale of utilisation. */
	private void resultsLegend(double x, double row) {
		double col = legendText(x, row, "After the run (scenario " + results.scenario()
				+ "): mean wait · utilisation of the busiest resource; observed share under each branch flow") - 8;
		String[][] scale = { { "< " + percent(ResultBadges.BUSY_FROM), ResultBadges.Load.OK.colour },
				{ percent(ResultBadges.BUSY_FROM) + " to " + percent(ResultBadges.SATURATED_FROM), ResultBadges.Load.BUSY.colour },
				{ ">= " + percent(ResultBadges.SATURATED_FROM), ResultBadges.Load.SATURATED.colour } };
		for (String[] entry : scale) {
			svg.empty("rect", "x", col, "y", row - 9, "width", 26.0, "height", 18.0, "rx", 9.0, "fill",
					Palette.tint(entry[1], 0.22), "stroke", entry[1], "stroke-width", 1.5);
			col = legendText(col + 34, row, entry[0]) - 8;
		}
	}

	private static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

	/** Writes a legend entry's text and returns where the next symbol's centre goes. */
	private double legendText(double x, double y, String text) {
		svg.textAt(x, y + 4.5, text, "font-size", TextMetrics.BODY, "fill", Palette.INK);
		return x + TextMetrics.width(text, TextMetrics.BODY, false) + 26;
	}
}
