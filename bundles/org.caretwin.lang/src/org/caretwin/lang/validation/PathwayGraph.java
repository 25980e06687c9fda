package org.caretwin.lang.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
import org.caretwin.lang.interpret.Policies;

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
		RedirectPolicy redirect = Policies.redirection(step);
		if (redirect != null) {
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

	/**
	 * The decisions on a cycle of decisions (with those between two such cycles): what is left once decisions that no
	 * decision leads to, and decisions that lead to no decision, are taken away again and again. Linear in the edges.
	 */
	List<Step> inLoopsOfDecisions() {
		Map<Step, List<Step>> forward = decisionEdges(successors);
		Map<Step, List<Step>> backward = decisionEdges(predecessors);
		Set<Step> left = new LinkedHashSet<>(forward.keySet());
		left.retainAll(prune(forward, backward));
		left.retainAll(prune(backward, forward));
		return new ArrayList<>(left);
	}

	private static Map<Step, List<Step>> decisionEdges(Map<Step, List<Step>> edges) {
		Map<Step, List<Step>> between = new LinkedHashMap<>();
		edges.forEach((step, targets) -> {
			if (step.isDecides()) {
				between.put(step, targets.stream().filter(Step::isDecides).toList());
			}
		});
		return between;
	}

	/** The decisions left after removing, again and again, those without an incoming edge (Kahn's algorithm). */
	private static Set<Step> prune(Map<Step, List<Step>> edges, Map<Step, List<Step>> reverse) {
		Map<Step, Integer> incoming = new IdentityHashMap<>();
		edges.keySet().forEach(s -> incoming.put(s, reverse.getOrDefault(s, List.of()).size()));
		Deque<Step> free = new ArrayDeque<>();
		incoming.forEach((s, n) -> {
			if (n == 0) {
				free.add(s);
			}
		});
		Set<Step> left = new LinkedHashSet<>(edges.keySet());
		while (!free.isEmpty()) {
			Step step = free.pop();
			left.remove(step);
			for (Step target : edges.get(step)) {
				if (incoming.merge(target, -1, Integer::sum) == 0) {
					free.add(target);
				}
			}
		}
		return left;
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
