package org.caretwin.lang.diagnostics;

import org.caretwin.lang.care.Model;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Whether an element was read only in part: its top-level element (territory, resource, pathway, ...) holds a
 * syntax error. Rules on such an element would judge what the parser's recovery made of the text, not what the
 * modeller wrote, so they wait until the syntax error is fixed.
 */
public final class SyntaxDamage {

	private SyntaxDamage() {
	}

	public static boolean isDamaged(EObject object) {
		if (!(object.eResource() instanceof XtextResource resource) || resource.getParseResult() == null
				|| !resource.getParseResult().hasSyntaxErrors()) {
			return false;
		}
		EObject element = object;
		while (element.eContainer() != null && !(element.eContainer() instanceof Model)) {
			element = element.eContainer();
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return false;
		}
		for (INode error : resource.getParseResult().getSyntaxErrors()) {
			if (error.getOffset() >= node.getOffset() && error.getOffset() < node.getEndOffset()) {
				return true;
			}
		}
		return false;
	}
}
