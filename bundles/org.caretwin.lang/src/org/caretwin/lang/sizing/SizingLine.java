package org.caretwin.lang.sizing;

/**
 * Static capacity sizing of one resource in one zone over a year: its units ({@code -1} for unlimited), the hours
 * patients need (mean, and the P5–P95 band), the hours it can give, and the open hours of one unit.
 */
public record SizingLine(String resource, String zone, int capacity, double demandHours, double demandP5,
		double demandP95, double availableHours, double hoursPerUnit) {

	public double load() {
		return availableHours > 0 ? demandHours / availableHours : Double.POSITIVE_INFINITY;
	}

	/** Whole-time units needed to serve the mean demand at the resource's opening hours. */
	public double unitsNeeded() {
		return hoursPerUnit > 0 ? demandHours / hoursPerUnit : Double.NaN;
	}

	/** Units missing (positive) or spare (negative). */
	public double gap() {
		return unitsNeeded() - capacity;
	}

	public String flag() {
		if (Double.isInfinite(availableHours)) {
			return "unlimited";
		}
		if (load() >= 1) {
			return "OVER CAPACITY";
		}
		if (availableHours > 0 && demandP95 / availableHours >= 1) {
			return "AT RISK (P95 over capacity)";
		}
		if (load() >= 0.85) {
			return "TIGHT (queues grow)";
		}
		if (load() < 0.2) {
			return "low use";
		}
		return "ok";
	}
}
