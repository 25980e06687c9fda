package org.caretwin.editor.commands;

import java.util.Comparator;
import java.util.List;

import org.caretwin.editor.lsp.Positions;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;

/** Applies the server's text edits to a document: each edit in place, so the rest of the text is untouched. */
public final class TextEdits {

	private TextEdits() {
	}

	/** All ranges refer to the text before the first edit, so edits are applied from the end backwards. */
	public static void apply(IDocument document, List<? extends TextEdit> edits) throws BadLocationException {
		record Replacement(int offset, int length, String text) {
		}
		List<Replacement> replacements = edits.stream()
				.map(e -> new Replacement(Positions.offset(document, e.getRange().getStart()),
						Positions.length(document, e.getRange()), e.getNewText()))
				.sorted(Comparator.comparingInt(Replacement::offset).reversed()).toList();
		for (Replacement r : replacements) {
			if (!document.get(r.offset(), r.length()).equals(r.text())) {
				document.replace(r.offset(), r.length(), r.text());
			}
		}
	}
}
