package org.caretwin.lang.generator;

/** KPI names as the engine spells them, from what a modeller wrote. */
public final class KpiNames {

	private KpiNames() {
	}

	/** A census argument, {@code Bed at 07:30}: the resource, the hour and the minute. */
	public static final java.util.regex.Pattern CENSUS = java.util.regex.Pattern.compile("(\\S+) at (\\d+):(\\d+)");

	/** {@code Referral , Surgery} → {@code Referral,Surgery}; {@code per   patient} → {@code per patient}. */
	public static String normalise(String argument) {
		return argument.trim().replaceAll("\\s*([,@.:])\\s*", "$1").replaceAll("\\s+", " ");
	}
}
