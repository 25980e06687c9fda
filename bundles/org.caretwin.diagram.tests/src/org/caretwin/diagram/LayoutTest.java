package org.caretwin.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.caretwin.diagram.DiagramNode.Kind;
import org.caretwin.diagram.layout.DiagramLayout;
import org.caretwin.diagram.layout.LaidOutDiagram;
import org.caretwin.diagram.layout.LaidOutDiagram.Band;
import org.caretwin.diagram.layout.LaidOutDiagram.Placed;
import org.caretwin.diagram.layout.LaidOutDiagram.Point;
import org.caretwin.diagram.layout.LaidOutDiagram.Route;
import org.caretwin.lang.model.ResolvedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lane layout: nodes inside their lane's band, nothing overlapping, flows orthogonal and around the boxes. */
class LayoutTest {

	private static LaidOutDiagram loire(LaneMode mode) {
		return DiagramLayout.of(DiagramBuilder.of(Examples.model("loire/arthroplasty.care"), mode).get(0));
	}

	@Test
	void lanesAreFullWidthBandsStackedWithoutGaps() {
		for (LaneMode mode : LaneMode.values()) {
			LaidOutDiagram d = loire(mode);
			double y = 0;
			for (Band band : d.lanes()) {
				assertEquals(y, band.y(), 1e-9, band.lane().label());
				y += band.height();
			}
			assertEquals(d.height(), y, 1e-9);
			for (Placed p : d.nodes().values()) {
				Band band = d.lanes().stream().filter(b -> b.lane().id().equals(p.node().lane())).findFirst().orElseThrow();
				assertTrue(p.y() >= band.y() && p.y() + p.height() <= band.y() + band.height(), mode + " " + p.node().id());
				assertTrue(p.x() >= d.headerWidth() && p.x() + p.width() <= d.width(), mode + " " + p.node().id());
			}
		}
	}

	@Test
	void noTwoNodesOverlap() {
		for (LaneMode mode : LaneMode.values()) {
			List<Placed> nodes = loire(mode).nodes().values().stream().filter(p -> p.node().kind() != Kind.BOUNDARY).toList();
			for (Placed a : nodes) {
				for (Placed b : nodes) {
					if (a != b) {
						assertFalse(a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
								&& b.y() < a.y() + a.height(), mode + ": " + a.node().id() + " overlaps " + b.node().id());
					}
				}
			}
		}
	}

	@Test
	void flowsAreOrthogonalAndCrossNoBox(@TempDir Path dir) throws Exception {
		ResolvedModel clinic = Examples.model(dir, Examples.CLINIC);
		for (LaneMode mode : LaneMode.values()) {
			flowsAreOrthogonalAndCrossNoBox(loire(mode), mode);
			flowsAreOrthogonalAndCrossNoBox(DiagramLayout.of(DiagramBuilder.of(clinic, mode).get(0)), mode);
		}
	}

	static void flowsAreOrthogonalAndCrossNoBox(LaidOutDiagram d, LaneMode mode) {
		assertEquals(d.diagram().edges().size(), d.edges().size());
		for (Route route : d.edges()) {
			List<Point> points = route.points();
			for (int i = 1; i < points.size(); i++) {
				Point a = points.get(i - 1);
				Point b = points.get(i);
				assertTrue(a.x() == b.x() || a.y() == b.y(), mode + " " + route.edge().id() + " bends obliquely");
				for (Placed p : d.nodes().values()) {
					if (crosses(p, a, b) && !ends(route, p, d)) {
						throw new AssertionError(mode + ": " + route.edge().id() + " crosses " + p.node().id());
					}
				}
			}
			Placed target = d.nodes().get(route.edge().target());
			Point end = points.get(points.size() - 1);
			assertEquals(target.shapeX(), end.x(), 1e-9, "enters the left side of " + target.node().id());
			assertEquals(target.anchorY(), end.y(), 1e-9);
		}
	}

	/** Whether the segment a-b passes through the inside of p's shape (its border excluded). */
	private static boolean crosses(Placed p, Point a, Point b) {
		double inset = 1;
		double left = Math.min(a.x(), b.x());
		double right = Math.max(a.x(), b.x());
		double top = Math.min(a.y(), b.y());
		double bottom = Math.max(a.y(), b.y());
		return left < p.shapeX() + p.shapeWidth() - inset && right > p.shapeX() + inset
				&& top < p.shapeY() + p.shapeHeight() - inset && bottom > p.shapeY() + inset;
	}

	private static boolean ends(Route route, Placed p, LaidOutDiagram d) {
		String id = p.node().id();
		String host = d.nodes().get(route.edge().source()).node().host();
		return id.equals(route.edge().source()) || id.equals(route.edge().target()) || id.equals(host);
	}

	/** A pathway of 200 steps over 5 resources, with a branch every 10 steps and a delay every 7: laid out at once. */
	@Test
	void aPathwayOf200StepsIsLaidOut(@TempDir Path dir) throws Exception {
		StringBuilder text = new StringBuilder("""
				resource R0 count 2
				resource R1 count 2
				resource R2 count 2
				resource R3 count 2
				resource R4 count 2
				cohort Patients { arrivals 100 per year  profile A 50%  profile B 50% }
				pathway Long for Patients {
				""");
		for (int i = 0; i < 200; i++) {
			text.append("    step S").append(i).append(" by R").append(i % 5).append(" takes ").append(10 + i % 7).append(" min");
			if (i % 7 == 3) {
				text.append(" after 2 days");
			}
			if (i % 10 == 5 && i + 2 < 200) {
				text.append(" then branch { A: 40% -> S").append(i + 1).append(", otherwise -> S").append(i + 2)
						.append("  B: otherwise -> S").append(i + 1).append(" }");
			}
			if (i == 199) {
				text.append(" end");
			}
			text.append('\n');
		}
		text.append("}\nexperiment E { horizon 1 year replications 2 seed 1 }\n");
		Path file = dir.resolve("long.care");
		Files.writeString(file, text);
		ResolvedModel model = Examples.model(file);
		// warm the classes up once on the small example, as an open editor would have
		loire(LaneMode.PROFESSION);
		List<Long> millis = new ArrayList<>();
		LaidOutDiagram laidOut = null;
		for (int run = 0; run < 3; run++) {
			long start = System.nanoTime();
			PathwayDiagram diagram = DiagramBuilder.of(model, LaneMode.PROFESSION).get(0);
			laidOut = DiagramLayout.of(diagram);
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		System.out.println("200-step pathway: model to laid-out diagram in " + millis + " ms");
		assertEquals(200 + 2 + 29 + 20, laidOut.nodes().size(), "steps, start and end, 29 delays, 20 branches");
		assertEquals(5, laidOut.lanes().size());
	}
}
