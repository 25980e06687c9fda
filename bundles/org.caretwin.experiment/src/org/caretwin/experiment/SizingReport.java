package org.caretwin.experiment;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.caretwin.lang.sizing.SizingLine;

/** The table printed by {@code caretwin size}. */
public final class SizingReport {

	private SizingReport() {
	}

	public static void print(String scenario, List<SizingLine> lines, PrintStream out) {
		out.println("Capacity sizing, scenario " + scenario + " (hours per year; demand P5-P95 from arrival and profile variability)");
		out.printf(Locale.ROOT, "  %-18s %-14s %8s %12s %25s %12s %7s %9s %8s  %s%n", "resource", "zone", "units",
				"demand", "P5 - P95", "available", "load", "needed", "gap", "flag");
		for (SizingLine line : lines) {
			boolean unlimited = Double.isInfinite(line.availableHours());
			out.printf(Locale.ROOT, "  %-18s %-14s %8s %12.0f %25s %12s %7s %9s %8s  %s%n", line.resource(), line.zone(),
					unlimited ? "unlim." : Integer.toString(line.capacity()), line.demandHours(),
					String.format(Locale.ROOT, "%.0f - %.0f", line.demandP5(), line.demandP95()),
					unlimited ? "-" : String.format(Locale.ROOT, "%.0f", line.availableHours()),
					unlimited ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * line.load()),
					unlimited ? "-" : String.format(Locale.ROOT, "%.1f", line.unitsNeeded()),
					unlimited ? "-" : String.format(Locale.ROOT, "%+.1f", line.gap()), line.flag());
		}
		out.println();
	}
}
