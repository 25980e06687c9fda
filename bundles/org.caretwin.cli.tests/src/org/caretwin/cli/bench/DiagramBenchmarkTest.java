package org.caretwin.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** The diagram benchmark opens a valid 200-step pathway and draws every element of it. */
class DiagramBenchmarkTest {

	@Test
	void drawsTheWholeLongPathway() throws IOException {
		DiagramBenchmark.Outcome outcome = DiagramBenchmark.run();
		assertEquals(200, outcome.steps());
		// 200 tasks, a timer every 7th step (28), a gateway every 20th but the last (9), start and end
		assertEquals(200 + 28 + 9 + 2, outcome.nodes());
		// each of the 239 nodes but the end has one way out, and each gateway a second one
		assertEquals(238 + 9, outcome.edges());
		assertTrue(outcome.total().median() >= outcome.layout().median(), outcome.toString());
	}
}
