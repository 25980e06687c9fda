package org.caretwin.editor.navigation;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/** The name at an offset: the identifier characters around it. */
public final class Words {

	private Words() {
	}

	public static IRegion at(IDocument document, int offset) {
		int start = offset;
		int end = offset;
		try {
			while (start > 0 && Character.isJavaIdentifierPart(document.getChar(start - 1))) {
				start--;
			}
			while (end < document.getLength() && Character.isJavaIdentifierPart(document.getChar(end))) {
				end++;
			}
		} catch (BadLocationException e) {
			return new Region(offset, 0);
		}
		return new Region(start, end - start);
	}
}
