package org.caretwin.diagram.marks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.lang.workspace.Problem;
import org.eclipse.xtext.diagnostics.Severity;

/**
 * The diagnostics of one step, for its diagram node: the worst severity and every message.
 *
 * @param error whether one of them is an error (else they are warnings)
 */
public record NodeMark(String id, boolean error, List<String> messages) {

	/** The marks of the steps that {@code problems} (those of the step's file) fall into; infos are left out. */
	public static List<NodeMark> of(List<Problem> problems, List<StepSpan> steps) {
		Map<String, NodeMark> marks = new LinkedHashMap<>();
		for (Problem problem : problems) {
			if (problem.severity() != Severity.ERROR && problem.severity() != Severity.WARNING) {
				continue;
			}
			for (StepSpan step : steps) {
				if (step.contains(problem.line())) {
					NodeMark old = marks.get(step.id());
					List<String> messages = new ArrayList<>(old == null ? List.of() : old.messages());
					messages.add(problem.message());
					marks.put(step.id(), new NodeMark(step.id(), problem.isError() || old != null && old.error(), messages));
					break;
				}
			}
		}
		return List.copyOf(marks.values());
	}
}
