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
		out.printf(Locale.ROOT, "  %-18s %-14s %9s %12s %25s %12s %7s %9s %8s  %s%n", "resource", "zone", "units",
				"demand", "P5 - P95", "available", "load", "needed", "gap", "flag");
		for (SizingRows.Row row : SizingRows.of(lines)) {
			out.printf(Locale.ROOT, "  %-18s %-14s %9s %12s %25s %12s %7s %9s %8s  %s%n", row.resource(), row.zone(),
					row.units(), row.demand(), row.band(), row.available(), row.load(), row.needed(), row.gap(), row.flag());
		}
		out.println();
	}
}
