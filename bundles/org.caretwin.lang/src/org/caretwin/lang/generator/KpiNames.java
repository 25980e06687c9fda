package org.caretwin.lang.generator;

/** KPI names as the engine spells them, from what a modeller wrote. */
public final class KpiNames {

	private KpiNames() {
	}

	/** A census argument, {@code Bed at 07:30}: the resource, the hour and the minute. */
	public static final java.util.regex.Pattern CENSUS = java.util.regex.Pattern.compile("(\\S+) at (\\d+):(\\d+)");

	/**
	 * {@code Referral , Surgery} → {@code Referral,Surgery}; {@code per   patient} → {@code per patient}; a quoted
	 * reason, {@code "no bed"}, is its text as written in the model ({@code lose "no bed"}).
	 */
	public static String normalise(String argument) {
		String trimmed = argument.trim();
		if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
			return org.eclipse.xtext.util.Strings.convertFromJavaString(trimmed.substring(1, trimmed.length() - 1), true);
		}
		return trimmed.replaceAll("\\s*([,@.:])\\s*", "$1").replaceAll("\\s+", " ");
	}
}
