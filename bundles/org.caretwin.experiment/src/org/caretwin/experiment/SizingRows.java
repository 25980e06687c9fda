package org.caretwin.experiment;

import java.util.List;
import java.util.Locale;

import org.caretwin.lang.sizing.SizingLine;

/**
 * The capacity-sizing lines as people read them, numbers already formatted: {@code caretwin size}, the HTML report and
 * the IDE's sizing table show these rows, so they never disagree.
 */
public final class SizingRows {

	/** Shown for the figures an unlimited resource does not have. */
	public static final String NONE = "-";

	/** One resource in one zone; {@code loadShare} stays a number for colour scales (infinite when unlimited). */
	public record Row(String resource, String zone, String units, String demand, String band, String available,
			String load, String needed, String gap, String flag, double loadShare) {

		public boolean isUnlimited() {
			return Double.isInfinite(loadShare) || "unlimited".equals(flag);
		}

		/** How the flag reads at a glance: {@code bad}, {@code warn} or {@code ok}. */
		public String severity() {
			return flag.startsWith("OVER") ? "bad" : flag.startsWith("AT RISK") || flag.startsWith("TIGHT") ? "warn" : "ok";
		}
	}

	private SizingRows() {
	}

	public static List<Row> of(List<SizingLine> lines) {
		return lines.stream().map(SizingRows::row).toList();
	}

	private static Row row(SizingLine line) {
		boolean unlimited = Double.isInfinite(line.availableHours());
		return new Row(line.resource(), line.zone(), unlimited ? "unlimited" : Integer.toString(line.capacity()),
				format("%.0f", line.demandHours()), format("%.0f - %.0f", line.demandP5(), line.demandP95()),
				unlimited ? NONE : format("%.0f", line.availableHours()),
				unlimited ? NONE : format("%.0f%%", 100 * line.load()),
				unlimited ? NONE : format("%.1f", line.unitsNeeded()),
				unlimited ? NONE : format("%+.1f", line.gap()), line.flag(),
				unlimited ? Double.POSITIVE_INFINITY : line.load());
	}

	private static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}
}
