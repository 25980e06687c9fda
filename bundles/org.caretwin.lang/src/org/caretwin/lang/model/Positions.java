package org.caretwin.lang.model;

import org.caretwin.lang.model.ResolvedModel.SourcePosition;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/** Where a syntax element was written, and its text. */
final class Positions {

	private Positions() {
	}

	/** {@code file:line:col} of the element's first token (comments before it excluded); null when it has no text. */
	static SourcePosition of(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null || element.eResource() == null) {
			return null;
		}
		LineAndColumn start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		return new SourcePosition(URI.decode(element.eResource().getURI().lastSegment()), start.getLine(), start.getColumn());
	}

	/** The element's text on one line, whitespace between tokens collapsed. */
	static String text(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}
