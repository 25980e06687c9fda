package org.caretwin.diagram.svg;

import java.util.Locale;

import org.caretwin.diagram.StepResults;
import org.caretwin.diagram.layout.LaidOutDiagram.Placed;
import org.caretwin.diagram.layout.TextMetrics;

/**
 * The badge a step gets after a run: its mean wait and the utilisation of its busiest resource, on a pill across the
 * top edge of the step, coloured by utilisation. The numbers are written out, so no meaning rests on colour alone.
 */
public final class ResultBadges {

	static final double HEIGHT = 20;
	/** Utilisation from which a resource is a concern, and from which it is saturated. */
	static final double BUSY_FROM = 0.70;
	static final double SATURATED_FROM = 0.90;

	private ResultBadges() {
	}

	static void draw(Svg svg, Placed p, StepResults.Figures figures) {
		String text = text(figures);
		double width = TextMetrics.width(text, TextMetrics.SMALL, true) + 18;
		double x = p.shapeX() + p.shapeWidth() - width - 8;
		double y = p.shapeY() - HEIGHT / 2;
		String colour = colour(figures.utilisation());
		svg.open("g", "class", "badge", "data-wait-days", number(figures.meanWaitDays()), "data-utilisation",
				number(figures.utilisation()));
		svg.open("title").text(tooltip(figures)).close("title");
		svg.empty("rect", "x", x, "y", y, "width", width, "height", HEIGHT, "rx", HEIGHT / 2, "fill",
				Palette.tint(colour, 0.22), "stroke", colour, "stroke-width", 1.5);
		svg.textAt(x + width / 2, y + 14, text, "font-size", TextMetrics.SMALL, "font-weight", "bold", "text-anchor", "middle",
				"fill", Palette.INK);
		svg.close("g");
	}

	/** A badge's text: the mean wait and, when the step has a limited resource, its busiest one's utilisation. */
	public static String text(StepResults.Figures figures) {
		String wait = "wait " + duration(figures.meanWaitDays());
		return Double.isNaN(figures.utilisation()) ? wait : wait + " · " + percent(figures.utilisation());
	}

	/** A share as a whole percentage, as the badges and the observed shares of branches write it. */
	static String percent(double share) {
		return Math.round(100 * share) + "%";
	}

	private static String tooltip(StepResults.Figures figures) {
		return "mean wait " + duration(figures.meanWaitDays()) + (figures.busiest() == null ? ""
				: "; utilisation of " + figures.busiest() + " " + String.format(Locale.ROOT, "%.1f%%", 100 * figures.utilisation()));
	}

	/** A wait in the unit a reader takes in at once: minutes under an hour, hours under a day, then days. */
	static String duration(double days) {
		if (Double.isNaN(days)) {
			return "none";
		}
		double hours = days * 24;
		if (hours < 1) {
			return String.format(Locale.ROOT, "%.0f min", hours * 60);
		}
		return hours < 24 ? String.format(Locale.ROOT, "%.1f h", hours) : String.format(Locale.ROOT, "%.1f d", days);
	}

	/** How loaded a step's busiest resource is, which colours its badge. */
	public enum Load {
		UNMEASURED(Palette.FLOW), OK(Palette.GREEN), BUSY(Palette.ORANGE), SATURATED(Palette.VERMILLION);

		final String colour;

		Load(String colour) {
			this.colour = colour;
		}

		public static Load of(double utilisation) {
			if (Double.isNaN(utilisation)) {
				return UNMEASURED;
			}
			return utilisation < BUSY_FROM ? OK : utilisation < SATURATED_FROM ? BUSY : SATURATED;
		}

		/** Its name as a style class: {@code unmeasured}, {@code ok}, {@code busy} or {@code saturated}. */
		public String cssClass() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	static String colour(double utilisation) {
		return Load.of(utilisation).colour;
	}

	private static String number(double value) {
		return Double.isNaN(value) ? "" : Double.toString(value);
	}
}
