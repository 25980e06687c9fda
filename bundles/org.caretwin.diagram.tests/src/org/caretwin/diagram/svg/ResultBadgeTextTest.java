package org.caretwin.diagram.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.caretwin.diagram.StepResults;
import org.junit.jupiter.api.Test;

/** A badge writes a wait in the unit a reader takes in at once and colours by the utilisation's band. */
class ResultBadgeTextTest {

	@Test
	void waitsAreInMinutesUnderAnHourHoursUnderADayThenDays() {
		assertEquals("none", ResultBadges.duration(Double.NaN));
		assertEquals("0 min", ResultBadges.duration(0));
		assertEquals("45 min", ResultBadges.duration(0.75 / 24));
		assertEquals("1.0 h", ResultBadges.duration(1.0 / 24));
		assertEquals("23.5 h", ResultBadges.duration(23.5 / 24));
		assertEquals("1.0 d", ResultBadges.duration(1));
		assertEquals("42.0 d", ResultBadges.duration(42));
	}

	@Test
	void theColourFollowsTheUtilisationBands() {
		assertEquals(Palette.GREEN, ResultBadges.colour(0.69));
		assertEquals(Palette.ORANGE, ResultBadges.colour(0.70));
		assertEquals(Palette.ORANGE, ResultBadges.colour(0.899));
		assertEquals(Palette.VERMILLION, ResultBadges.colour(0.90));
		assertEquals(Palette.FLOW, ResultBadges.colour(Double.NaN));
		assertEquals("wait 2.0 h", ResultBadges.text(new StepResults.Figures(2.0 / 24, Double.NaN, null)));
		assertEquals("wait 2.0 h · 88%", ResultBadges.text(new StepResults.Figures(2.0 / 24, 0.876, "Nurse")));
	}
}
