package org.caretwin.lang.ide.edit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.caretwin.lang.care.Step;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where each clause of a step is written in its file's text: the span from its first keyword to its value's end. */
final class StepClauses {

	/** A span of the text, {@code [start, end)}. */
	record Span(int start, int end) {
	}

	private StepClauses() {
	}

	/** The span of {@code clause} in {@code step}, or null when the step does not write it. */
	static Span of(Step step, Clause clause) {
		int start = Integer.MAX_VALUE;
		int end = -1;
		for (var feature : clause.features()) {
			for (INode node : NodeModelUtils.findNodesForFeature(step, feature)) {
				start = Math.min(start, node.getOffset());
				end = Math.max(end, node.getEndOffset());
			}
		}
		if (end < 0) {
			return null;
		}
		// back over the clause's keywords ("when unavailable", "takes"), which belong to the step's own rule
		List<ILeafNode> leaves = new ArrayList<>();
		NodeModelUtils.getNode(step).getLeafNodes().forEach(leaves::add);
		for (int i = leaves.size() - 1; i >= 0; i--) {
			ILeafNode leaf = leaves.get(i);
			if (leaf.getOffset() >= start || leaf.isHidden()) {
				continue;
			}
			if (!clause.keywords().contains(leaf.getText())) {
				break;
			}
			start = leaf.getOffset();
		}
		return new Span(start, end);
	}

	/** The text of each clause {@code step} writes, keywords included; "" for the others. */
	static Map<Clause, String> textsOf(Step step, String text) {
		Map<Clause, String> texts = new EnumMap<>(Clause.class);
		for (Clause clause : Clause.values()) {
			Span span = of(step, clause);
			texts.put(clause, span == null ? "" : text.substring(span.start(), span.end()));
		}
		return texts;
	}

	/**
	 * Where a clause the step does not write goes: after the last clause of its free-order group (or its name), or for
	 * a remote mode and a route after the clauses that must come before them.
	 */
	static int insertionPoint(Step step, Clause clause) {
		int at = NodeModelUtils.findNodesForFeature(step, org.caretwin.lang.care.CarePackage.Literals.STEP__NAME).get(0)
				.getEndOffset();
		for (Clause other : Clause.values()) {
			boolean before = clause == Clause.ROUTE ? other != Clause.ROUTE : !other.last();
			Span span = before ? of(step, other) : null;
			if (span != null) {
				at = Math.max(at, span.end());
			}
		}
		return at;
	}
}
