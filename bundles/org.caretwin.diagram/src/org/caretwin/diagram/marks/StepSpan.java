package org.caretwin.diagram.marks;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Model;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Step;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * Where a step is written in the text: the lines it spans and its name. Taken from the parse of the current text,
 * which Xtext recovers even when the text has errors, so carets and markers follow the text as typed.
 *
 * @param id         the step's stable id, {@code Pathway.Step}, the id of its diagram node
 * @param nameLine   1-based line of the step's name
 * @param nameColumn 1-based column of the step's name
 */
public record StepSpan(String id, String name, int nameLine, int nameColumn, int firstLine, int lastLine) {

	/** The steps written in {@code model}, in text order; none for a file that did not parse at all. */
	public static List<StepSpan> of(Model model) {
		List<StepSpan> spans = new ArrayList<>();
		if (model == null) {
			return spans;
		}
		for (Step step : EcoreUtil2.getAllContentsOfType(model, Step.class)) {
			ICompositeNode node = NodeModelUtils.getNode(step);
			List<INode> names = NodeModelUtils.findNodesForFeature(step, CarePackage.Literals.STEP__NAME);
			if (node == null || names.isEmpty() || step.getName() == null || !(step.eContainer() instanceof Pathway pathway)) {
				continue;
			}
			INode name = names.get(0);
			LineAndColumn at = NodeModelUtils.getLineAndColumn(name, name.getOffset());
			spans.add(new StepSpan(pathway.getName() + "." + step.getName(), step.getName(), at.getLine(), at.getColumn(),
					node.getStartLine(), node.getEndLine()));
		}
		return spans;
	}

	/** Whether the 1-based {@code line} is one of the step's. */
	public boolean contains(int line) {
		return firstLine <= line && line <= lastLine;
	}
}
