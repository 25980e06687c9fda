package org.caretwin.lang.generator;

/** KPI names as the engine spells them, from what a modeller wrote. */
public final class KpiNames {

	private KpiNames() {
	}

	/** {@code Referral , Surgery} → {@code Referral,Surgery}; {@code per   patient} → {@code per patient}. */
	public static String normalise(String argument) {
		return argument.trim().replaceAll("\\s*([,@.])\\s*", "$1").replaceAll("\\s+", " ");
	}
}
