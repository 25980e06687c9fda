package org.caretwin.lang.interpret;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.lang.care.Resource;
import org.caretwin.lang.care.Step;

/** The resources a step's session needs at once: those written after {@code by} and those it {@code seizes}. */
public final class StepResources {

	private StepResources() {
	}

	public static List<Resource> needs(Step step) {
		if (step.getSeized().isEmpty()) {
			return step.getResources();
		}
		List<Resource> needs = new ArrayList<>(step.getResources());
		step.getSeized().stream().filter(r -> !needs.contains(r)).forEach(needs::add);
		return needs;
	}
}
