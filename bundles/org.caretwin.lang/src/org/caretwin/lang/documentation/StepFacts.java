package org.caretwin.lang.documentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.caretwin.lang.care.Distribution;
import org.caretwin.lang.care.EmpiricalTable;
import org.caretwin.lang.care.LosePolicy;
import org.caretwin.lang.care.ProfileDuration;
import org.caretwin.lang.care.ProfileDurations;
import org.caretwin.lang.care.RedirectPolicy;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.care.WaitPolicy;
import org.caretwin.lang.interpret.Policies;
import org.caretwin.lang.model.Distributions;

/**
 * What a step's hover adds to the modeller's comments where the text alone does not say it: that a decision takes
 * no time, the mean of each profile's duration when durations are written by profile, and how long patients wait at
 * most before they leave.
 */
final class StepFacts {

	private StepFacts() {
	}

	static List<String> of(Step step) {
		List<String> facts = new ArrayList<>();
		if (step.isDecides()) {
			facts.add("Decision: routes each patient at once, with no resource and no time.");
		}
		addMeans(facts, "Duration", step.getDurations());
		addMeans(facts, "Delay", step.getDelays());
		if (step.getRemote() != null) {
			addMeans(facts, "Remote duration", step.getRemote().getDurations());
		}
		if (step.getDuration() instanceof EmpiricalTable table) {
			facts.add("Duration drawn from the values of " + table.getFile() + ", mean " + mean(table) + ".");
		}
		addPatience(facts, step);
		return facts;
	}

	private static void addPatience(List<String> facts, Step step) {
		WaitPolicy patience = Policies.patience(step);
		if (patience == null) {
			return;
		}
		String then = switch (patience.getAfterPatience()) {
		case LosePolicy lose -> "are lost (\"" + lose.getReason() + "\")";
		case RedirectPolicy redirect when redirect.getStep() != null && !redirect.getStep().eIsProxy() ->
			"go to " + redirect.getStep().getName();
		default -> "leave";
		};
		facts.add("Patience: patients wait at most " + mean(patience.getPatience())
				+ " on average (drawn when they start waiting), then " + then + ".");
	}

	private static void addMeans(List<String> facts, String what, ProfileDurations durations) {
		if (durations == null) {
			return;
		}
		List<String> means = new ArrayList<>();
		for (ProfileDuration duration : durations.getCases()) {
			if (duration.getProfile() != null && !duration.getProfile().eIsProxy()) {
				means.add(duration.getProfile().getName() + " " + mean(duration.getValue()));
			}
		}
		if (durations.getOtherwise() != null) {
			means.add("otherwise " + mean(durations.getOtherwise()));
		}
		facts.add(what + " by profile, mean: " + String.join(", ", means) + ".");
	}

	/** The law's mean as the engine draws it, in days, hours or minutes; "?" for a law that cannot be drawn. */
	private static String mean(Distribution law) {
		double hours;
		try {
			hours = Distributions.of(law).mean();
		} catch (RuntimeException notALaw) {
			return "?"; // the validator says why at the law itself
		}
		if (hours >= 48) {
			return String.format(Locale.ROOT, "%.3g days", hours / 24);
		}
		return hours >= 1 ? String.format(Locale.ROOT, "%.3g h", hours) : String.format(Locale.ROOT, "%.3g min", hours * 60);
	}
}
