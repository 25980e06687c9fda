package org.caretwin.lang.ide;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.rename.IRenameService2;

/** IDE services of the language: semantic highlighting and a rename that cannot hang, on top of Xtext's generic ones. */
public class CareIdeModule extends AbstractCareIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return CareSemanticHighlightingCalculator.class;
	}

	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return CareRenameService.class;
	}
}
