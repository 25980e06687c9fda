package org.caretwin.editor.lsp;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** LSP positions (line and UTF-16 character, both from 0) and document offsets. */
public final class Positions {

	private Positions() {
	}

	public static Position of(IDocument document, int offset) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		return new Position(line, offset - document.getLineOffset(line));
	}

	/** The offset of a position, clamped to the document (a server may answer for a slightly older text). */
	public static int offset(IDocument document, Position position) {
		try {
			if (position.getLine() >= document.getNumberOfLines()) {
				return document.getLength();
			}
			int lineOffset = document.getLineOffset(position.getLine());
			int lineLength = document.getLineInformation(position.getLine()).getLength();
			return lineOffset + Math.min(position.getCharacter(), lineLength);
		} catch (BadLocationException e) {
			return document.getLength();
		}
	}

	public static int length(IDocument document, Range range) {
		return Math.max(0, offset(document, range.getEnd()) - offset(document, range.getStart()));
	}
}
