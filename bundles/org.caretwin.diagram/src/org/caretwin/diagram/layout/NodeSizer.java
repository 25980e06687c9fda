package org.caretwin.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.diagram.DiagramNode;
import org.caretwin.diagram.DiagramNode.Kind;
import org.caretwin.diagram.layout.LaidOutDiagram.Lines;

/**
 * The size of each node in the notation: a step is a rounded box as wide as its texts need (120 to 210 px), an event
 * a circle and a gateway a diamond with their label under them. Sizes include the label, so laid-out labels never
 * overlap other nodes.
 */
final class NodeSizer {

	static final double TASK_MIN = 120;
	static final double TASK_MAX = 210;
	static final double PAD_X = 12;
	static final double PAD_Y = 9;
	static final double TITLE_LINE = 18;
	static final double DETAIL_LINE = 16;
	static final double MARKER_INDENT = 20;
	static final double EVENT = 36;
	static final double GATEWAY = 46;
	static final double BOUNDARY = 22;
	static final double LABEL_GAP = 4;
	static final double LABEL_LINE = 15;
	static final double LABEL_MAX = 140;
	static final double START_LABEL_MAX = 180;

	/** A node's area, its shape's offset and size within it, and its wrapped texts. */
	record Size(double width, double height, double shapeX, double shapeY, double shapeWidth, double shapeHeight,
			Lines lines) {
	}

	private NodeSizer() {
	}

	/** The size of {@code node}; {@code boundary} is the boundary event on it (a step only), or null. */
	static Size of(DiagramNode node, DiagramNode boundary) {
		return switch (node.kind()) {
		case TASK -> task(node, boundary);
		case DECISION, GATEWAY -> labelled(node, GATEWAY, GATEWAY);
		case BOUNDARY -> labelled(node, BOUNDARY, BOUNDARY);
		default -> labelled(node, EVENT, EVENT);
		};
	}

	private static Size task(DiagramNode node, DiagramNode boundary) {
		double inner = TASK_MAX - 2 * PAD_X;
		List<String> title = TextMetrics.wrap(node.label(), TextMetrics.TITLE, true, inner);
		List<String> details = new ArrayList<>();
		node.details().forEach(d -> details.addAll(TextMetrics.wrap(d, TextMetrics.BODY, false, inner)));
		List<String> loop = node.loop() == null ? List.of()
				: TextMetrics.wrap(node.loop(), TextMetrics.BODY, false, inner - MARKER_INDENT);
		List<String> remote = node.remote() == null ? List.of()
				: TextMetrics.wrap(node.remote(), TextMetrics.BODY, false, inner - MARKER_INDENT);
		double widest = 0;
		for (String line : title) {
			widest = Math.max(widest, TextMetrics.width(line, TextMetrics.TITLE, true));
		}
		for (String line : details) {
			widest = Math.max(widest, TextMetrics.width(line, TextMetrics.BODY, false));
		}
		for (String line : concat(loop, remote)) {
			widest = Math.max(widest, MARKER_INDENT + TextMetrics.width(line, TextMetrics.BODY, false));
		}
		double width = Math.min(TASK_MAX, Math.max(TASK_MIN, widest + 2 * PAD_X));
		double height = 2 * PAD_Y + title.size() * TITLE_LINE + details.size() * DETAIL_LINE
				+ (loop.isEmpty() && remote.isEmpty() ? 0 : 4 + (loop.size() + remote.size()) * DETAIL_LINE);
		if (boundary != null) {
			// room under the last line for the boundary event's upper half
			height += BOUNDARY / 2;
		}
		double area = height;
		if (boundary != null) {
			// the boundary event sits on the bottom edge, its label below it
			area += BOUNDARY / 2 + LABEL_GAP + boundaryLabel(boundary).size() * LABEL_LINE;
		}
		return new Size(width, area, 0, 0, width, height, new Lines(title, details, loop, remote));
	}

	static List<String> boundaryLabel(DiagramNode boundary) {
		return TextMetrics.wrap(boundary.label(), TextMetrics.SMALL, false, LABEL_MAX);
	}

	/** A circle or diamond of {@code w} × {@code h} with the node's label and details centred under it. */
	private static Size labelled(DiagramNode node, double w, double h) {
		boolean bold = node.kind() == Kind.DECISION || node.kind() == Kind.START;
		List<String> title = node.label() == null ? List.of()
				: TextMetrics.wrap(node.label(), bold ? TextMetrics.BODY + 1 : TextMetrics.SMALL, bold, LABEL_MAX);
		List<String> details = new ArrayList<>();
		// a cohort's arrivals and profile mix read best on few lines
		double max = node.kind() == Kind.START ? START_LABEL_MAX : LABEL_MAX;
		node.details().forEach(d -> details.addAll(TextMetrics.wrap(d, TextMetrics.SMALL, false, max)));
		double widest = w;
		for (String line : title) {
			widest = Math.max(widest, TextMetrics.width(line, bold ? TextMetrics.BODY + 1 : TextMetrics.SMALL, bold));
		}
		for (String line : details) {
			widest = Math.max(widest, TextMetrics.width(line, TextMetrics.SMALL, false));
		}
		double lines = title.size() + details.size();
		double height = h + (lines == 0 ? 0 : LABEL_GAP + lines * LABEL_LINE);
		return new Size(widest, height, (widest - w) / 2, 0, w, h, new Lines(title, details, List.of(), List.of()));
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}
}
