package org.caretwin.editor.assist;

import java.util.Objects;

import org.caretwin.editor.lsp.Positions;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** One completion item: replaces the range the server names (the word typed so far) by the item's text. */
final class CareCompletionProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	private final CompletionItem item;
	private final String text;
	private final int start;
	private final int invocationEnd;

	CareCompletionProposal(CompletionItem item, IDocument document, int offset) {
		this.item = item;
		TextEdit edit = item.getTextEdit() == null ? null
				: item.getTextEdit().isLeft() ? item.getTextEdit().getLeft()
						: new TextEdit(item.getTextEdit().getRight().getReplace(), item.getTextEdit().getRight().getNewText());
		this.text = edit != null ? edit.getNewText() : item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		this.start = edit != null ? Positions.offset(document, edit.getRange().getStart()) : wordStart(document, offset);
		this.invocationEnd = offset;
	}

	private static int wordStart(IDocument document, int offset) {
		int start = offset;
		try {
			while (start > 0 && Character.isJavaIdentifierPart(document.getChar(start - 1))) {
				start--;
			}
		} catch (BadLocationException e) {
			return offset;
		}
		return start;
	}

	@Override
	public void apply(IDocument document) {
		apply(document, invocationEnd);
	}

	private void apply(IDocument document, int end) {
		try {
			document.replace(start, Math.max(0, end - start), text);
		} catch (BadLocationException e) {
			// The text moved under the proposal; nothing sensible to insert.
		}
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		apply(viewer.getDocument(), offset);
	}

	@Override
	public boolean validate(IDocument document, int offset, DocumentEvent event) {
		try {
			String typed = document.get(start, offset - start);
			return offset >= start && (item.getFilterText() != null ? item.getFilterText() : item.getLabel())
					.regionMatches(true, 0, typed, 0, typed.length());
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return new Point(start + text.length(), 0);
	}

	@Override
	public String getDisplayString() {
		String detail = item.getDetail();
		return detail == null || detail.isBlank() || detail.equals(item.getLabel()) ? item.getLabel()
				: item.getLabel() + " - " + detail;
	}

	@Override
	public String getAdditionalProposalInfo() {
		if (item.getDocumentation() == null) {
			return null;
		}
		return item.getDocumentation().isLeft() ? item.getDocumentation().getLeft() : item.getDocumentation().getRight().getValue();
	}

	@Override
	public Image getImage() {
		boolean keyword = item.getKind() == CompletionItemKind.Keyword;
		return keyword ? null : PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CareCompletionProposal p && p.text.equals(text) && p.start == start
				&& Objects.equals(p.getDisplayString(), getDisplayString());
	}

	@Override
	public int hashCode() {
		return Objects.hash(text, start, getDisplayString());
	}
}
