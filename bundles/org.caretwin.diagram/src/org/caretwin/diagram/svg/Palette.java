package org.caretwin.diagram.svg;

/**
 * Colours of the notation, from Okabe and Ito's colour-blind-safe set; every kind of element also differs by its
 * shape or line, so no meaning rests on colour alone.
 */
final class Palette {

	static final String INK = "#1f2933";
	static final String MUTED = "#3e4c59";
	static final String FLOW = "#52606d";
	static final String LANE_LINE = "#bcc6d2";
	static final String LANE_EVEN = "#ffffff";
	static final String LANE_ODD = "#f3f5f8";

	static final String BLUE = "#0072b2";
	static final String GREEN = "#009e73";
	static final String ORANGE = "#e69f00";
	static final String VERMILLION = "#d55e00";
	static final String PURPLE = "#cc79a7";
	static final String SKY = "#56b4e9";
	static final String YELLOW = "#f0e442";

	/** Lane header tints, in turn. */
	private static final String[] LANES = { BLUE, ORANGE, GREEN, PURPLE, SKY, VERMILLION, YELLOW };

	private Palette() {
	}

	static String lane(int index) {
		return LANES[index % LANES.length];
	}

	/** {@code colour} mixed with white: {@code amount} 0 is white, 1 the colour itself. */
	static String tint(String colour, double amount) {
		StringBuilder hex = new StringBuilder("#");
		for (int i = 0; i < 3; i++) {
			int c = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16);
			hex.append(String.format("%02x", (int) Math.round(255 - (255 - c) * amount)));
		}
		return hex.toString();
	}
}
