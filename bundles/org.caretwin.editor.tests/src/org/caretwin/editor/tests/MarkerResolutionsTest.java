package org.caretwin.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.caretwin.editor.quickfix.CareMarkerResolutions;
import org.junit.jupiter.api.Test;

class MarkerResolutionsTest {

	@Test
	void theMissingShareGoesToTheLastBranch() {
		assertEquals("Hip: 50% -> A, 30% -> B", CareMarkerResolutions.addToLastShare("Hip: 50% -> A, 20% -> B", 10));
		assertEquals("40% -> A, 55.5% -> B", CareMarkerResolutions.addToLastShare("40% -> A, 60% -> B", -4.5));
	}
}
