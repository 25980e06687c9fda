package org.caretwin.lang.validation;

import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.care.Step;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

/**
 * Resources held across steps ({@code step Admission seizes Bed ... step Discharge releases Bed}): a step can only
 * release what a step of its pathway seized, and one step either uses a resource for its session or holds it on.
 */
public class HeldResourceValidator extends ComposedCareValidator {

	public static final String NOTHING_TO_RELEASE = "nothingToRelease";
	public static final String SEIZED_AND_RELEASED = "seizedAndReleased";
	public static final String SEIZED_AND_USED = "seizedAndUsed";

	@Check
	public void releasedResourcesWereSeized(Step step) {
		Pathway pathway = EcoreUtil2.getContainerOfType(step, Pathway.class);
		for (int i = 0; i < step.getReleased().size(); i++) {
			Resource released = step.getReleased().get(i);
			if (released.eIsProxy()) {
				continue;
			}
			if (step.getSeized().contains(released)) {
				error(step.getName() + " seizes and releases " + released.getName() + ": a resource used for the step alone is"
						+ " written 'by " + released.getName() + "'", step, CarePackage.Literals.STEP__RELEASED, i, SEIZED_AND_RELEASED);
			} else if (pathway != null && pathway.getSteps().stream().noneMatch(s -> s.getSeized().contains(released))) {
				error("No step of " + pathway.getName() + " seizes " + released.getName() + ", so " + step.getName()
						+ " has none to release: write 'seizes " + released.getName() + "' in the step that takes it", step,
						CarePackage.Literals.STEP__RELEASED, i, NOTHING_TO_RELEASE);
			}
		}
	}

	@Check
	public void seizedResourcesAreNotAlsoUsed(Step step) {
		for (int i = 0; i < step.getSeized().size(); i++) {
			Resource seized = step.getSeized().get(i);
			if (!seized.eIsProxy() && step.getResources().contains(seized)) {
				error(seized.getName() + " is written after 'by' and 'seizes': a step that seizes a resource uses it already",
						step, CarePackage.Literals.STEP__SEIZED, i, SEIZED_AND_USED);
			}
		}
	}
}
