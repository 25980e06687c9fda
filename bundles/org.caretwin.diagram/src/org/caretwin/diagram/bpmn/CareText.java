package org.caretwin.diagram.bpmn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModel.Branch;
import org.caretwin.lang.model.ResolvedModel.BranchRow;
import org.caretwin.lang.model.ResolvedModel.Condition;
import org.caretwin.lang.model.ResolvedModel.ConditionalCase;
import org.caretwin.lang.model.ResolvedModel.Distribution;
import org.caretwin.lang.model.ResolvedModel.Lose;
import org.caretwin.lang.model.ResolvedModel.Policy;
import org.caretwin.lang.model.ResolvedModel.ProfileCount;
import org.caretwin.lang.model.ResolvedModel.ProfileLaw;
import org.caretwin.lang.model.ResolvedModel.Redirect;
import org.caretwin.lang.model.ResolvedModel.Step;
import org.caretwin.lang.model.ResolvedModel.Wait;

/**
 * The {@code .care} text of parts of a resolved model, as written where the model keeps the written text (laws) and
 * rebuilt where it keeps only values (shares, conditions). The BPMN export stores these fragments in its extension
 * attributes so that the import writes back what the modeller wrote, not a paraphrase of it.
 */
final class CareText {

	/** A condition's bound is in hours when the attribute is a time, which its written law tells. */
	private static final Pattern TIME_UNIT = Pattern.compile("\\b(min|h|days?|weeks?|months?|years?)\\b");
	private static final double HOURS_PER_YEAR = 24 * 365;

	private CareText() {
	}

	/** {@code 50%}: ten significant digits, so that the percentage read back is the share exported. */
	static String percent(double share) {
		return number(share * 100) + "%";
	}

	static String number(double value) {
		return BigDecimal.valueOf(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
	}

	/** A law written once, or by profile ({@code Hip: 3 days, otherwise 4 days}); null when there is none. */
	static String laws(Distribution otherwise, List<ProfileLaw> byProfile) {
		if (byProfile.isEmpty()) {
			return otherwise == null ? null : otherwise.written();
		}
		List<String> parts = new ArrayList<>(byProfile.stream().map(l -> l.profile() + ": " + l.law().written()).toList());
		if (otherwise != null) {
			parts.add("otherwise " + otherwise.written());
		}
		return String.join(", ", parts);
	}

	/** {@code Hip: 15 Knee: 25 every uniform(2 days, 3 days)}; null without repeats. */
	static String repeat(Step step) {
		ResolvedModel.Repeat repeat = step.repeat();
		if (repeat == null) {
			return null;
		}
		String counts = repeat.countsByProfile().isEmpty() ? Integer.toString(repeat.count())
				: String.join(" ", repeat.countsByProfile().stream().map(c -> c.profile() + ": " + c.count()).toList());
		return counts + " every " + repeat.interval().written();
	}

	/** What follows {@code when unavailable}; null for waiting without limit, the default. */
	static String policy(ResolvedModel model, Step step) {
		Policy policy = step.policy();
		if (policy instanceof Wait wait) {
			StringBuilder text = new StringBuilder("wait");
			if (wait.priority() != null) {
				text.append(" by ").append(wait.priority());
			} else if (!wait.ranksByProfile().isEmpty()) {
				text.append(" priority ").append(String.join(", ", wait.ranksByProfile().stream()
						.map((ProfileCount r) -> r.profile() + ": " + r.count()).toList()));
			} else if (wait.rank() != 0) {
				text.append(" priority ").append(wait.rank());
			}
			if (wait.patience() != null && wait.afterPatience() != null) {
				text.append(" at most ").append(wait.patience().written()).append(" then ")
						.append(policyAfter(model, step, wait.afterPatience()));
			}
			return text.toString().equals("wait") ? null : text.toString();
		}
		return policy == null ? null : policyAfter(model, step, policy);
	}

	private static String policyAfter(ResolvedModel model, Step step, Policy policy) {
		return switch (policy) {
		case Lose lose -> "lose " + string(lose.reason());
		case Redirect redirect -> "redirect to " + stepName(model, step.pathway(), redirect.step());
		case Wait wait -> "wait";
		};
	}

	/** A step's name as written in its own pathway, its id elsewhere. */
	static String stepName(ResolvedModel model, String pathway, String stepId) {
		return model.step(stepId).filter(s -> s.pathway().equals(pathway)).map(Step::name).orElse(stepId);
	}

	/** {@code remote Teleconsultation takes 15 min for 25% where age < 85 years preferred by Knee}; null without one. */
	static String remote(ResolvedModel model, Step step) {
		ResolvedModel.RemoteMode remote = step.remote();
		if (remote == null) {
			return null;
		}
		StringBuilder text = new StringBuilder("remote ").append(remote.name());
		if (!remote.resources().isEmpty()) {
			text.append(" by ").append(String.join(", ", remote.resources()));
		}
		text.append(" takes ").append(laws(remote.duration(), remote.durationByProfile()));
		if (remote.adoption() > 0) {
			text.append(" for ").append(percent(remote.adoption()));
		}
		if (remote.eligibility() != null) {
			text.append(" where ").append(condition(model, step.pathway(), remote.eligibility()));
		}
		if (!remote.preferredBy().isEmpty()) {
			text.append(" preferred by ").append(String.join(", ", remote.preferredBy()));
		}
		return text.toString();
	}

	/** {@code age < 85 years}: the bound back in years (or hours) when the attribute is a time. */
	static String condition(ResolvedModel model, String pathway, Condition condition) {
		boolean time = model.pathways().stream().filter(p -> p.name().equals(pathway)).findFirst()
				.flatMap(p -> model.cohort(p.cohort())).stream().flatMap(c -> c.attributes().stream())
				.filter(a -> a.name().equals(condition.attribute()))
				.anyMatch(a -> a.value() != null && TIME_UNIT.matcher(a.value().written()).find());
		String bound = number(condition.value());
		if (time) {
			double years = condition.value() / HOURS_PER_YEAR;
			bound = Math.abs(years * 1000 - Math.rint(years * 1000)) < 1e-6 ? number(years) + " years"
					: number(condition.value()) + " h";
		}
		return condition.attribute() + " " + condition.comparison() + " " + bound;
	}

	/**
	 * The share of target {@code i} of a branch as {@code care:shares} keeps it: cases separated by {@code ;}, each
	 * {@code where CONDITION: P%}, {@code Profile: P%} or, when every profile sends the same, {@code P%}. Cases that
	 * send nobody there are left out. Null when no case sends anyone there.
	 */
	static String shares(ResolvedModel model, String pathway, Branch branch, int i) {
		List<String> parts = new ArrayList<>();
		for (ConditionalCase c : branch.conditional()) {
			if (c.shares().get(i) > 0) {
				parts.add("where " + condition(model, pathway, c.condition()) + ": " + percent(c.shares().get(i)));
			}
		}
		List<Double> row = branch.byProfile().stream().map(r -> r.shares().get(i)).toList();
		boolean same = row.stream().distinct().count() == 1;
		if (same && !row.isEmpty() && row.get(0) > 0) {
			parts.add(percent(row.get(0)));
		} else if (!same) {
			for (BranchRow r : branch.byProfile()) {
				if (r.shares().get(i) > 0) {
					parts.add((r.profile() == null ? "" : r.profile() + ": ") + percent(r.shares().get(i)));
				}
			}
		}
		return parts.isEmpty() ? null : String.join("; ", parts);
	}

	/** A STRING of the language. */
	static String string(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}
