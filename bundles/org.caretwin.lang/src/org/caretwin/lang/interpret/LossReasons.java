package org.caretwin.lang.interpret;

import java.util.LinkedHashSet;
import java.util.Set;

import org.caretwin.lang.care.LosePolicy;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.RedirectPolicy;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.care.WaitPolicy;

/**
 * The reasons patients can be lost for, as the engine counts them in {@code lost(reason)}: the text of every
 * {@code lose "..."} of the model, or the step's name where that text is empty; and those patients are redirected
 * for in {@code redirected(reason)}.
 */
public final class LossReasons {

	private LossReasons() {
	}

	public static Set<String> of(ModelIndex index) {
		Set<String> reasons = new LinkedHashSet<>();
		for (Pathway pathway : index.pathways) {
			for (Step step : pathway.getSteps()) {
				add(reasons, step, step.getPolicy() instanceof LosePolicy lose ? lose : null);
				add(reasons, step, step.getPolicy() instanceof WaitPolicy wait && wait.getAfterPatience() instanceof LosePolicy lose
						? lose : null);
			}
		}
		return reasons;
	}

	/** The reasons written after {@code redirect to Step "..."}, for {@code redirected(reason)}. */
	public static Set<String> ofRedirections(ModelIndex index) {
		Set<String> reasons = new LinkedHashSet<>();
		for (Pathway pathway : index.pathways) {
			for (Step step : pathway.getSteps()) {
				for (Object policy : new Object[] { step.getPolicy(),
						step.getPolicy() instanceof WaitPolicy wait ? wait.getAfterPatience() : null }) {
					if (policy instanceof RedirectPolicy redirect && redirect.getReason() != null && !redirect.getReason().isEmpty()) {
						reasons.add(redirect.getReason());
					}
				}
			}
		}
		return reasons;
	}

	private static void add(Set<String> reasons, Step step, LosePolicy lose) {
		if (lose != null && lose.getReason() != null) {
			reasons.add(lose.getReason().isEmpty() ? step.getName() : lose.getReason());
		}
	}
}
