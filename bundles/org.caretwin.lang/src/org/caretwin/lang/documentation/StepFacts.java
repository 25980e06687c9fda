package org.caretwin.lang.documentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.caretwin.lang.care.Distribution;
import org.caretwin.lang.care.EmpiricalTable;
import org.caretwin.lang.care.LosePolicy;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.ProfileDuration;
import org.caretwin.lang.care.ProfileDurations;
import org.caretwin.lang.care.RedirectPolicy;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.care.WaitPolicy;
import org.caretwin.lang.interpret.Policies;
import org.caretwin.lang.model.Distributions;
import org.eclipse.xtext.EcoreUtil2;

/**
 * What a step's hover adds to the modeller's comments where the text alone does not say it: that a decision takes
 * no time, the mean of each profile's duration when durations are written by profile, how long patients wait at
 * most before they leave, and where a resource held across steps is seized and released.
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
		addHolding(facts, step);
		return facts;
	}

	/** Where a seized resource is released, and where a released one was seized: the two ends of the holding time. */
	private static void addHolding(List<String> facts, Step step) {
		Pathway pathway = EcoreUtil2.getContainerOfType(step, Pathway.class);
		if (pathway == null) {
			return;
		}
		for (Resource seized : step.getSeized()) {
			List<String> releasing = pathway.getSteps().stream().filter(s -> s.getReleased().contains(seized)).map(Step::getName).toList();
			facts.add("Keeps " + seized.getName() + " after the step, busy until the end of "
					+ (releasing.isEmpty() ? "the pathway" : String.join(" or ", releasing) + " (or the pathway)") + ".");
		}
		for (Resource released : step.getReleased()) {
			List<String> seizing = pathway.getSteps().stream().filter(s -> s.getSeized().contains(released)).map(Step::getName).toList();
			if (!seizing.isEmpty()) {
				facts.add("Frees " + released.getName() + ", held since " + String.join(" or ", seizing) + ", at the end of the step.");
			}
		}
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
