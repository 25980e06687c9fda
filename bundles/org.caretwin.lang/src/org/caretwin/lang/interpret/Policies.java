package org.caretwin.lang.interpret;

import org.caretwin.lang.care.Policy;
import org.caretwin.lang.care.RedirectPolicy;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.care.WaitPolicy;

/**
 * What a step does when its resources are unavailable, read one way for the validator, the generator and the
 * resolved model: a redirection may be the policy itself or what follows a patience ("wait at most ... then
 * redirect to ...").
 */
public final class Policies {

	private Policies() {
	}

	/** The waiting policy with a patience, or null when the patient waits without limit or does not wait. */
	public static WaitPolicy patience(Step step) {
		return step.getPolicy() instanceof WaitPolicy wait && wait.getPatience() != null ? wait : null;
	}

	/** Where the step redirects patients (at once or when their patience runs out), or null. */
	public static RedirectPolicy redirection(Step step) {
		Policy policy = step.getPolicy();
		WaitPolicy patience = patience(step);
		if (patience != null) {
			policy = patience.getAfterPatience();
		}
		return policy instanceof RedirectPolicy redirect ? redirect : null;
	}
}
