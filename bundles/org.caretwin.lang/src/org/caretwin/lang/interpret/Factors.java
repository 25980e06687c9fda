package org.caretwin.lang.interpret;

import org.caretwin.lang.care.SignedPercent;

/** A signed percentage as the factor it multiplies by: {@code +20%} is 1.2, {@code -30%} is 0.7. */
public final class Factors {

	private Factors() {
	}

	public static double of(SignedPercent change) {
		return 1 + (change.isNegative() ? -1 : 1) * change.getValue() / 100;
	}
}
