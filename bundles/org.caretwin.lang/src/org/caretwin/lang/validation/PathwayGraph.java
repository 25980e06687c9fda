package org.caretwin.lang.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caretwin.lang.care.Branch;
import org.caretwin.lang.care.End;
import org.caretwin.lang.care.Next;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.RedirectPolicy;
import org.caretwin.lang.care.Step;

/** The steps of a pathway and where a patient may go after each, built once so graph rules stay linear. */
final class PathwayGraph {

	private final Map<Step, List<Step>> successors = new IdentityHashMap<>();
	private final Map<Step, List<Step>> predecessors = new IdentityHashMap<>();
	private final List<Step> exits = new ArrayList<>();
	private boolean unresolvedStep;

	PathwayGraph(Pathway pathway) {
		List<Step> steps = pathway.getSteps();
		for (Step step : steps) {
			predecessors.put(step, new ArrayList<>());
		}
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			List<Step> next = successorsOf(step, i + 1 < steps.size() ? steps.get(i + 1) : null);
			successors.put(step, next);
			for (Step target : next) {
				predecessors.computeIfAbsent(target, s -> new ArrayList<>()).add(step);
			}
			if (step.getRoute() instanceof End || next.isEmpty()) {
				exits.add(step);
			}
		}
	}

	/** The route, or the next step in the text; a redirection target too. */
	private List<Step> successorsOf(Step step, Step following) {
		List<Step> next = new ArrayList<>();
		if (step.getRoute() instanceof Next n) {
			next.add(n.getStep());
		} else if (step.getRoute() instanceof Branch b) {
			b.getCases().forEach(c -> c.getTargets().forEach(t -> next.add(t.getStep())));
		} else if (!(step.getRoute() instanceof End) && following != null) {
			next.add(following);
		}
		if (step.getPolicy() instanceof RedirectPolicy redirect) {
			next.add(redirect.getStep());
		}
		unresolvedStep |= next.stream().anyMatch(s -> s != null && s.eIsProxy());
		next.removeIf(s -> s == null || s.eIsProxy());
		return next;
	}

	/** Whether a route or a redirection names a step that does not resolve: the graph then misses its edges. */
	boolean hasUnresolvedStep() {
		return unresolvedStep;
	}

	Set<Step> reachableFrom(Step first) {
		return closure(List.of(first), successors);
	}

	/** The steps from which some path leads out of the pathway. */
	Set<Step> canReachAnExit() {
		return closure(exits, predecessors);
	}

	private static Set<Step> closure(List<Step> start, Map<Step, List<Step>> edges) {
		Set<Step> reached = new LinkedHashSet<>();
		Deque<Step> todo = new ArrayDeque<>(start);
		while (!todo.isEmpty()) {
			Step step = todo.pop();
			if (reached.add(step)) {
				todo.addAll(edges.getOrDefault(step, List.of()));
			}
		}
		return reached;
	}
}
