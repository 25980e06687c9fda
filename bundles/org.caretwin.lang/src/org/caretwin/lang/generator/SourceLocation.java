package org.caretwin.lang.generator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where a model element was written, and its text, for comments in generated code. */
final class SourceLocation {

	private SourceLocation() {
	}

	/** {@code arthroplasty.care:17}, the file name as written (a URI segment is percent-encoded). */
	static String of(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		String file = element.eResource() == null ? "?" : JavaNames.comment(URI.decode(element.eResource().getURI().lastSegment()));
		return node == null ? file : file + ":" + node.getStartLine();
	}

	/** The element's text on one line, whitespace collapsed, safe inside a comment. */
	static String text(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? "" : JavaNames.comment(NodeModelUtils.getTokenText(node));
	}
}
