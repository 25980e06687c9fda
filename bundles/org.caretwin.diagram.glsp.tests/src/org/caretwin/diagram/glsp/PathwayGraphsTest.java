package org.caretwin.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.StepResults;
import org.caretwin.diagram.TextDiagram;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.junit.jupiter.api.Test;

class PathwayGraphsTest {

	private static final Path LOIRE = Path.of("../../dsl-examples/loire/arthroplasty.care").toAbsolutePath().normalize();

	@Test
	void aStepTheLastRunMeasuredCarriesItsFiguresAsABadgeAndNoOtherDoes() throws Exception {
		TextDiagram diagram = TextDiagram.of(LOIRE, Files.readString(LOIRE), LaneMode.PROFESSION);
		StepResults results = new StepResults("Baseline",
				Map.of("HipKnee.Stay", new StepResults.Figures(2.0, 0.8, "Bed"),
						"HipKnee.Referral", new StepResults.Figures(0.01, 0.95, "GP")),
				Map.of());

		List<GLabel> badges = badges(PathwayGraphs.of(diagram.pathways(), null, results));

		assertEquals(List.of("HipKnee.Referral:badge", "HipKnee.Stay:badge"), badges.stream().map(GLabel::getId).sorted().toList());
		GLabel stay = badges.stream().filter(b -> b.getId().equals("HipKnee.Stay:badge")).findFirst().orElseThrow();
		assertEquals("wait 2.0 d · 80%", stay.getText());
		assertEquals("HipKnee.Stay", ((GModelElement) stay.eContainer()).getId());
		assertTrue(stay.getCssClasses().contains("busy"), stay.getCssClasses().toString());
		GLabel referral = badges.stream().filter(b -> b.getId().equals("HipKnee.Referral:badge")).findFirst().orElseThrow();
		assertEquals("wait 14 min · 95%", referral.getText());
		assertTrue(referral.getCssClasses().contains("saturated"), referral.getCssClasses().toString());

		assertEquals(List.of(), badges(PathwayGraphs.of(diagram.pathways(), null, null)), "badges before any run");
	}

	private static List<GLabel> badges(GGraph graph) {
		Stream.Builder<GLabel> labels = Stream.builder();
		graph.eAllContents().forEachRemaining(e -> {
			if (e instanceof GLabel label && PathwayTypes.BADGE.equals(label.getType())) {
				labels.add(label);
			}
		});
		return labels.build().toList();
	}
}
