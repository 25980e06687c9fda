package org.caretwin.experiment;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts for the HTML report: lines over time and histograms, one colour per scenario. */
final class Svg {

	static final String[] COLOURS = { "#0f766e", "#c2410c", "#4338ca", "#a21caf", "#15803d", "#b45309" };

	private static final int WIDTH = 360;
	private static final int HEIGHT = 170;
	private static final int LEFT = 42;
	private static final int BOTTOM = 24;
	private static final int TOP = 10;
	private static final int RIGHT = 10;

	private Svg() {
	}

	/** Lines of {@code series} (one per scenario) over {@code xLabel}, y from 0 to at least {@code yMax}. */
	static String lines(List<double[]> series, String xLabel, double yMax, boolean percent) {
		int n = series.stream().mapToInt(s -> s.length).max().orElse(0);
		double top = Math.max(yMax, series.stream().flatMapToDouble(java.util.Arrays::stream).max().orElse(0) * 1.05);
		StringBuilder svg = open();
		axes(svg, top, percent, n == 0 ? 1 : n, xLabel);
		for (int s = 0; s < series.size(); s++) {
			double[] values = series.get(s);
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < values.length; i++) {
				points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, n), y(values[i], top)));
			}
			svg.append("<polyline fill=\"none\" stroke-width=\"1.6\" stroke=\"").append(COLOURS[s % COLOURS.length])
					.append("\" points=\"").append(points.toString().trim()).append("\"/>");
		}
		return svg.append("</svg>").toString();
	}

	/** Histograms of {@code samples} (one outline per scenario) over common bins from 0 to the 99th percentile. */
	static String histogram(List<double[]> samples, String xLabel) {
		double max = 0;
		for (double[] values : samples) {
			double[] sorted = values.clone();
			java.util.Arrays.sort(sorted);
			if (sorted.length > 0) {
				max = Math.max(max, sorted[(int) Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))]);
			}
		}
		int bins = 24;
		double width = max > 0 ? max / bins : 1;
		double[][] shares = new double[samples.size()][bins];
		double top = 0;
		for (int s = 0; s < samples.size(); s++) {
			double[] values = samples.get(s);
			for (double v : values) {
				shares[s][Math.min(bins - 1, (int) (v / width))] += 1.0 / values.length;
			}
			for (double share : shares[s]) {
				top = Math.max(top, share);
			}
		}
		top = Math.min(1, Math.max(top * 1.1, 0.01));
		StringBuilder svg = open();
		axes(svg, top, true, bins, xLabel + String.format(Locale.ROOT, " (0 to %.2f)", max));
		for (int s = 0; s < samples.size(); s++) {
			String colour = COLOURS[s % COLOURS.length];
			for (int b = 0; b < bins; b++) {
				double x0 = x(b, bins);
				double x1 = x(b + 1, bins);
				double y = y(shares[s][b], top);
				svg.append(String.format(Locale.ROOT,
						"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"%.2f\" stroke=\"%s\" stroke-width=\"0.6\"/>",
						x0, y, Math.max(0.5, x1 - x0), HEIGHT - BOTTOM - y, colour, s == 0 ? 0.35 : 0.0, colour));
			}
		}
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open() {
		return new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"10\">",
				WIDTH, HEIGHT, WIDTH, HEIGHT));
	}

	private static void axes(StringBuilder svg, double top, boolean percent, int n, String xLabel) {
		for (int i = 0; i <= 4; i++) {
			double value = top * i / 4;
			double y = y(value, top);
			svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e5e7eb\"/>", LEFT,
					WIDTH - RIGHT, y, y));
			String label = percent ? String.format(Locale.ROOT, "%.0f%%", 100 * value) : String.format(Locale.ROOT, "%.2g", value);
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#6b7280\">%s</text>",
					LEFT - 4, y + 3, label));
		}
		svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#9ca3af\"/>", LEFT,
				WIDTH - RIGHT, HEIGHT - BOTTOM, HEIGHT - BOTTOM));
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#6b7280\">%s</text>",
				(LEFT + WIDTH - RIGHT) / 2, HEIGHT - 6, HtmlReport.escape(xLabel)));
	}

	private static double x(double i, int n) {
		return LEFT + (WIDTH - LEFT - RIGHT) * i / Math.max(1, n);
	}

	private static double y(double value, double top) {
		return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * Math.min(1, Math.max(0, value / top));
	}
}
