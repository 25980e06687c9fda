package org.caretwin.diagram;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModel.Distribution;
import org.caretwin.lang.model.ResolvedModel.ProfileLaw;

/**
 * The texts of a diagram in a clinician's words: a duration as its mean in a fitting unit with its law, a share as a
 * percentage, an arrival process as its rate. Numbers are rounded for reading, never shown in scientific notation.
 */
final class Labels {

	private static final double HOURS_PER_DAY = 24;

	private Labels() {
	}

	/** A duration: {@code 20 min} as written for a constant, else {@code ≈ 95 min (lognormal)}. */
	static String duration(Distribution law) {
		if (law == null) {
			return null;
		}
		if (Distribution.FIXED.equals(law.law()) || "constant".equals(law.law())) {
			return hours(law.mean());
		}
		return "≈ " + hours(law.mean()) + " (" + law.law() + ")";
	}

	/** A duration written once or by profile: {@code Hip ≈ 4.4 days, Knee ≈ 3.1 days, otherwise 4 days}. */
	static String duration(Distribution otherwise, List<ProfileLaw> byProfile) {
		if (byProfile.isEmpty()) {
			return duration(otherwise);
		}
		List<String> parts = new ArrayList<>();
		for (ProfileLaw law : byProfile) {
			parts.add(law.profile() + " " + duration(law.law()));
		}
		if (otherwise != null) {
			parts.add("otherwise " + duration(otherwise));
		}
		return String.join(", ", parts);
	}

	/** Hours in the unit a modeller would write: 20 min, 1.5 h, 4.4 days, 6 weeks. */
	static String hours(double hours) {
		if (hours < 2) {
			return number(hours * 60) + " min";
		}
		if (hours < 2 * HOURS_PER_DAY) {
			return number(hours) + " h";
		}
		double days = hours / HOURS_PER_DAY;
		double weeks = days / 7;
		if (days >= 14 && Math.abs(weeks - Math.rint(weeks)) < 0.01 * weeks) {
			return number(Math.rint(weeks)) + " weeks";
		}
		return number(days) + (days == 1 ? " day" : " days");
	}

	/** A share (a fraction) as a percentage: 50%, 33.3%. */
	static String percent(double share) {
		return number(share * 100) + "%";
	}

	/** Three significant digits at most, no trailing zeros: 95, 4.4, 0.25, 3070. */
	static String number(double value) {
		if (value >= 1000) {
			return String.format(Locale.ROOT, "%,d", Math.round(value));
		}
		if (value == Math.rint(value)) {
			return Long.toString(Math.round(value));
		}
		return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
	}

	/** How patients arrive: {@code 3,070 per year (Poisson)}. */
	static String arrivals(ResolvedModel.Arrivals arrivals) {
		return switch (arrivals) {
		case ResolvedModel.PoissonArrivals p -> number(p.rate()) + " per " + p.unit()
				+ (p.monthlyFactors().isEmpty() ? " (Poisson)" : " (Poisson, seasonal)");
		case ResolvedModel.ZonalArrivals z -> number(z.ratePerHour().stream().mapToDouble(Double::doubleValue).sum() * 24
				* 365) + " per year by zone (Poisson)";
		case ResolvedModel.RenewalArrivals r -> "one every " + duration(r.gap());
		case ResolvedModel.ScheduledArrivals s -> "booked: " + s.slots().size() + (s.slots().size() == 1 ? " slot" : " slots")
				+ " a week";
		case ResolvedModel.SeriesArrivals s -> "daily counts from " + s.file();
		};
	}

	/** The profile mix of a cohort: {@code Hip 58% · Knee 42%}; null without profiles. */
	static String profiles(ResolvedModel.Cohort cohort) {
		if (cohort.profiles().isEmpty()) {
			return null;
		}
		return String.join(" · ", cohort.profiles().stream().map(p -> p.name() + " " + percent(p.share())).toList());
	}
}
