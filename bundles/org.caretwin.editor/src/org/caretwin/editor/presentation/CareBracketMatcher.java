package org.caretwin.editor.presentation;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Matching braces of blocks, parentheses of distributions and indicators, brackets. */
public class CareBracketMatcher extends DefaultCharacterPairMatcher {

	public CareBracketMatcher() {
		super(new char[] { '{', '}', '(', ')', '[', ']' });
	}
}
