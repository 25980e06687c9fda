package org.caretwin.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.caretwin.diagram.DiagramNode.Kind;
import org.caretwin.diagram.layout.DiagramLayout;
import org.caretwin.diagram.layout.LaidOutDiagram;
import org.caretwin.diagram.layout.LaidOutDiagram.Placed;
import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.diagram.layout.ManualLayout.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node the modeller moved stays in the cell it was dropped in; the others keep their order; the sidecar round-trips. */
class ManualLayoutTest {

	private static final String FOLLOW_UP = "HipKnee.FollowUp";

	private static LaidOutDiagram loire(ManualLayout manual) {
		return DiagramLayout.of(DiagramBuilder.of(Examples.model("loire/arthroplasty.care"), LaneMode.PROFESSION).get(0), manual);
	}

	@Test
	void aMovedNodeIsInItsCellAndTheDrawingStaysClean() {
		LaidOutDiagram before = loire(ManualLayout.NONE);
		Cell dropped = new Cell(1, 1);
		LaidOutDiagram after = loire(ManualLayout.NONE.moved(FOLLOW_UP, dropped));
		assertEquals(dropped, after.cells().get(FOLLOW_UP));
		assertTrue(after.nodes().get(FOLLOW_UP).x() < before.nodes().get(FOLLOW_UP).x(), "moved to the left");
		LayoutTest.flowsAreOrthogonalAndCrossNoBox(after, LaneMode.PROFESSION);
		List<Placed> nodes = after.nodes().values().stream().filter(p -> p.node().kind() != Kind.BOUNDARY).toList();
		for (Placed a : nodes) {
			for (Placed b : nodes) {
				assertFalse(a != b && a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
						&& b.y() < a.y() + a.height(), a.node().id() + " overlaps " + b.node().id());
			}
		}
	}

	@Test
	void theNodesNotMovedKeepTheirOrderLeftToRight() {
		List<String> before = leftToRight(loire(ManualLayout.NONE));
		List<String> after = leftToRight(loire(ManualLayout.NONE.moved(FOLLOW_UP, new Cell(1, 1))));
		before.remove(FOLLOW_UP);
		after.remove(FOLLOW_UP);
		assertEquals(before, after);
	}

	@Test
	void withoutMovesTheCellsAreElksColumnsAndFirstFreeRows() {
		LaidOutDiagram d = loire(ManualLayout.NONE);
		assertEquals(new Cell(0, 0), d.cells().get("HipKnee:start"));
		assertEquals(0, d.cells().get("HipKnee.Referral").row());
		assertTrue(d.cells().get("HipKnee.Referral").column() < d.cells().get("HipKnee.Consultation").column());
	}

	@Test
	void theSidecarKeepsTheMovesAndNothingWhenEmpty(@TempDir Path dir) throws Exception {
		Path care = dir.resolve("arthroplasty.care");
		ManualLayout moves = ManualLayout.NONE.moved(FOLLOW_UP, new Cell(3, 1)).moved("HipKnee.Stay", new Cell(4, 0));
		moves.writeBeside(care);
		Path sidecar = dir.resolve("arthroplasty.care.layout");
		assertTrue(Files.readString(sidecar).contains("HipKnee.FollowUp 3 1\n"), Files.readString(sidecar));
		assertEquals(moves, ManualLayout.of(care));

		Files.writeString(sidecar, Files.readString(sidecar) + "HipKnee.Broken x 1\nHipKnee.Negative -1 0\n");
		assertEquals(Map.of(FOLLOW_UP, new Cell(3, 1), "HipKnee.Stay", new Cell(4, 0)), ManualLayout.of(care).cells());

		ManualLayout.NONE.writeBeside(care);
		assertFalse(Files.exists(sidecar), "tidied up: no sidecar left");
		assertEquals(ManualLayout.NONE, ManualLayout.of(care));
	}

	private static List<String> leftToRight(LaidOutDiagram d) {
		return new java.util.ArrayList<>(d.cells().entrySet().stream()
				.sorted(Comparator.comparingInt((Map.Entry<String, Cell> e) -> e.getValue().column()).thenComparing(Map.Entry::getKey))
				.map(Map.Entry::getKey).toList());
	}
}
