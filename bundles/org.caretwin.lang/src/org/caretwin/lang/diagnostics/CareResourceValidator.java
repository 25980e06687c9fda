package org.caretwin.lang.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.caretwin.lang.care.Element;
import org.caretwin.lang.care.Model;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * One syntax error per top-level element: after the first, the parser's recovery has lost its place, and what it
 * reports next in that element (or after it, up to the next element it could read) are consequences of the first
 * that vanish when it is fixed. A missing unit is reported at its number ({@link NumberPlace}). The command line
 * and the language server both validate through this class.
 */
public class CareResourceValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		List<Issue> issues = super.validate(resource, mode, indicator);
		issues.forEach(NumberPlace::moveToNumber);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return issues;
		}
		List<Integer> starts = elementStarts(model);
		Set<Integer> reported = new HashSet<>();
		Set<Issue> followOns = Collections.newSetFromMap(new IdentityHashMap<>());
		issues.stream().filter(Issue::isSyntaxError).sorted(Comparator.comparingInt(CareResourceValidator::offset))
				.filter(issue -> !reported.add(elementAt(starts, offset(issue)))).forEach(followOns::add);
		return issues.stream().filter(issue -> !followOns.contains(issue)).toList();
	}

	private static List<Integer> elementStarts(Model model) {
		List<Integer> starts = new ArrayList<>();
		for (Element element : model.getElements()) {
			ICompositeNode node = NodeModelUtils.getNode(element);
			if (node != null) {
				starts.add(node.getOffset());
			}
		}
		return starts;
	}

	/** The index of the last element starting at or before {@code offset}, -1 before the first. */
	private static int elementAt(List<Integer> starts, int offset) {
		int index = -1;
		for (int i = 0; i < starts.size() && starts.get(i) <= offset; i++) {
			index = i;
		}
		return index;
	}

	private static int offset(Issue issue) {
		return issue.getOffset() == null ? 0 : issue.getOffset();
	}
}
