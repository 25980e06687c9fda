package org.caretwin.diagram.svg;

/** The small pictograms of the notation, drawn with paths so that no font needs to have them. */
final class Icons {

	private Icons() {
	}

	/** The repeat marker: a circular arrow centred at x, y. */
	static void loop(Svg svg, double x, double y) {
		svg.empty("path", "d", "M" + Svg.number(x + 5) + "," + Svg.number(y - 2.5) + " A5.6,5.6 0 1 0 " + Svg.number(x + 5.4)
				+ "," + Svg.number(y + 2), "fill", "none", "stroke", Palette.ORANGE, "stroke-width", 2.0, "stroke-linecap",
				"round");
		svg.empty("path", "d", "M" + Svg.number(x + 2) + "," + Svg.number(y - 4.6) + " l4,2.3 l-0.6,-4.5 z", "fill",
				Palette.ORANGE, "stroke", Palette.ORANGE, "stroke-width", 1.0);
	}

	/** The remote marker: a screen on a stand with a signal arc, centred at x, y. */
	static void remote(Svg svg, double x, double y) {
		svg.empty("rect", "x", x - 6.5, "y", y - 6, "width", 13.0, "height", 9.0, "rx", 1.5, "fill", Palette.tint(Palette.PURPLE,
				0.3), "stroke", "#a34d7d", "stroke-width", 1.6);
		svg.empty("path", "d", "M" + Svg.number(x - 3.5) + "," + Svg.number(y + 6) + " h7 M" + Svg.number(x) + ","
				+ Svg.number(y + 3) + " v3", "stroke", "#a34d7d", "stroke-width", 1.6, "stroke-linecap", "round");
	}

	/** Clock hands and a rim, radius r. */
	static void clock(Svg svg, double cx, double cy, double r) {
		svg.empty("circle", "cx", cx, "cy", cy, "r", r, "fill", "none", "stroke", Palette.INK, "stroke-width", 1.2);
		svg.empty("path", "d", "M" + Svg.number(cx) + "," + Svg.number(cy - r * 0.75) + " L" + Svg.number(cx) + ","
				+ Svg.number(cy) + " L" + Svg.number(cx + r * 0.55) + "," + Svg.number(cy + r * 0.2), "fill", "none",
				"stroke", Palette.INK, "stroke-width", 1.4, "stroke-linecap", "round");
	}

	/** An X of half-size m. */
	static void cross(Svg svg, double cx, double cy, double m, String colour) {
		svg.empty("path", "d", "M" + Svg.number(cx - m) + "," + Svg.number(cy - m) + " L" + Svg.number(cx + m) + ","
				+ Svg.number(cy + m) + " M" + Svg.number(cx + m) + "," + Svg.number(cy - m) + " L" + Svg.number(cx - m) + ","
				+ Svg.number(cy + m), "stroke", colour, "stroke-width", 2.6, "stroke-linecap", "round");
	}

	/** The error marker of an unavailability: a lightning bolt of height about 2r. */
	static void bolt(Svg svg, double cx, double cy, double r) {
		svg.empty("path", "d", "M" + Svg.number(cx + r * 0.35) + "," + Svg.number(cy - r) + " L" + Svg.number(cx - r * 0.45)
				+ "," + Svg.number(cy + r * 0.15) + " L" + Svg.number(cx + r * 0.1) + "," + Svg.number(cy + r * 0.15) + " L"
				+ Svg.number(cx - r * 0.35) + "," + Svg.number(cy + r) + " L" + Svg.number(cx + r * 0.45) + ","
				+ Svg.number(cy - r * 0.15) + " L" + Svg.number(cx - r * 0.1) + "," + Svg.number(cy - r * 0.15) + " z",
				"fill", Palette.VERMILLION);
	}
}
