package org.caretwin.lang.documentation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Hover text from the comments a modeller writes: the {@code //} or block comments on the lines just above an
 * element, and a {@code //} comment at the end of its first line. Sources of figures usually live there. A step
 * adds its {@link StepFacts}, a scheduled cohort its {@link CohortFacts}.
 */
public class CommentDocumentationProvider implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return null;
		}
		List<String> lines = new ArrayList<>(commentsAbove(node));
		String trailing = trailingComment(node);
		if (trailing != null) {
			lines.add(trailing);
		}
		if (element instanceof org.caretwin.lang.care.Step step) {
			lines.addAll(StepFacts.of(step));
		}
		if (element instanceof org.caretwin.lang.care.Cohort cohort) {
			lines.addAll(CohortFacts.of(cohort));
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	/** Comments immediately before the element (hidden leaves of its first tokens), without blank lines between. */
	private static List<String> commentsAbove(ICompositeNode node) {
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				break;
			}
			String text = leaf.getText();
			if (isComment(text) && startsItsLine(leaf)) {
				comments.add(clean(text));
			} else if (text.chars().filter(c -> c == '\n').count() > 1) {
				comments.clear(); // a blank line separates the comment from this element
			}
		}
		return comments;
	}

	/** A line comment at the end of the element's first line, inside it or right after it. */
	private static String trailingComment(ICompositeNode node) {
		int firstLine = node.getStartLine();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden() && isComment(leaf.getText()) && leaf.getStartLine() == firstLine
					&& leaf.getTotalOffset() > node.getOffset()) {
				return clean(leaf.getText());
			}
		}
		for (ILeafNode leaf : node.getRootNode().getLeafNodes()) {
			if (leaf.getTotalOffset() < node.getTotalEndOffset()) {
				continue;
			}
			if (leaf.isHidden() && isComment(leaf.getText())) {
				return leaf.getStartLine() == node.getEndLine() ? clean(leaf.getText()) : null;
			}
			if (!leaf.isHidden() || leaf.getText().contains("\n")) {
				return null;
			}
		}
		return null;
	}

	/** False for a comment written after code on its line: it belongs to that code, not to what follows. */
	private static boolean startsItsLine(ILeafNode leaf) {
		String all = leaf.getRootNode().getText();
		int start = all.lastIndexOf('\n', leaf.getTotalOffset() - 1) + 1;
		return all.substring(start, leaf.getTotalOffset()).isBlank();
	}

	private static boolean isComment(String text) {
		String trimmed = text.trim();
		return trimmed.startsWith("//") || trimmed.startsWith("/*");
	}

	private static String clean(String comment) {
		String text = comment.trim();
		if (text.startsWith("//")) {
			return text.substring(2).trim();
		}
		text = text.replaceAll("^/\\*+", "").replaceAll("\\*+/$", "");
		return text.lines().map(l -> l.trim().replaceAll("^\\* ?", "")).filter(l -> !l.isEmpty())
				.reduce((a, b) -> a + "\n" + b).orElse("");
	}
}
