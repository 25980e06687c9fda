package org.caretwin.lang.ide;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

/** IDE services of the language: semantic highlighting on top of Xtext's generic ones. */
public class CareIdeModule extends AbstractCareIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return CareSemanticHighlightingCalculator.class;
	}
}
