package org.caretwin.editor.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;

/** Ctrl+/: comments the selected lines out with {@code //}, or back in when all of them are comments. */
public class ToggleCommentHandler extends AbstractHandler {

	private static final String PREFIX = "//";

	@Override
	public Object execute(ExecutionEvent event) {
		CareEditors target = CareEditors.of(event).orElse(null);
		if (target == null || !(target.editor().getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IDocument document = target.document();
		target.compoundChange(() -> {
			try {
				toggle(document, selection.getStartLine(), lastLine(document, selection));
			} catch (BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});
		return null;
	}

	/** A selection ending at the start of a line does not include that line, as in Eclipse's Java editor. */
	private static int lastLine(IDocument document, ITextSelection selection) throws BadLocationException {
		int last = selection.getEndLine();
		if (last > selection.getStartLine() && document.getLineOffset(last) == selection.getOffset() + selection.getLength()) {
			last--;
		}
		return last;
	}

	static void toggle(IDocument document, int first, int last) throws BadLocationException {
		boolean allCommented = true;
		for (int line = first; line <= last; line++) {
			String text = text(document, line).strip();
			if (!text.isEmpty() && !text.startsWith(PREFIX)) {
				allCommented = false;
			}
		}
		for (int line = last; line >= first; line--) {
			IRegion region = document.getLineInformation(line);
			String text = text(document, line);
			int indent = text.length() - text.stripLeading().length();
			if (allCommented) {
				if (text.stripLeading().startsWith(PREFIX)) {
					int drop = text.stripLeading().startsWith(PREFIX + " ") ? PREFIX.length() + 1 : PREFIX.length();
					document.replace(region.getOffset() + indent, drop, "");
				}
			} else if (!text.isBlank() || first == last) {
				document.replace(region.getOffset() + indent, 0, PREFIX + " ");
			}
		}
	}

	private static String text(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
