package org.caretwin.experiment;

import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.engine.stat.ConfidenceInterval;

/**
 * The values a KPI can take: a share lies in [0, 1], every other documented indicator (counts, durations, hours,
 * costs) is at least 0. A Student-t interval knows nothing of that, so with few replications or a skewed KPI it can
 * reach outside; reports show such an interval as computed and flag it rather than clip it.
 */
public final class KpiDomain {

	private KpiDomain() {
	}

	/** True when the interval of {@code kpi} reaches below 0, or above 1 for a share. */
	public static boolean isCrossedBy(String kpi, ConfidenceInterval ci) {
		if (KpiCatalogue.familyOf(kpi).isEmpty()) {
			return false;
		}
		boolean share = "share".equals(KpiCatalogue.unitOf(kpi));
		return ci.low() < 0 || (share && ci.high() > 1);
	}

	/** The footnote explaining the flag. */
	public static String footnote(String marker) {
		return marker + " the 95% CI reaches outside the possible values (a share lies in [0, 1], counts, times and costs"
				+ " are at least 0): too few replications or a very skewed KPI; run more replications";
	}
}
