package org.caretwin.editor.commands;

import java.util.List;

import org.caretwin.editor.lsp.CareLanguageServer;
import org.caretwin.editor.lsp.Requests;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;

/** Ctrl+Shift+F: the language's formatter, applied as the few edits it returns, undone in one step. */
public class FormatHandler extends AbstractHandler {

	private static final long WAIT_MILLIS = 5000;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		CareEditors target = CareEditors.of(event).orElse(null);
		if (target == null) {
			return null;
		}
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(target.uri()),
				new FormattingOptions(4, true));
		List<? extends TextEdit> edits = Requests.await(CareLanguageServer.get().request(s -> s.formatting(params)), WAIT_MILLIS)
				.orElse(List.of());
		if (!edits.isEmpty()) {
			target.compoundChange(() -> {
				try {
					TextEdits.apply(target.document(), edits);
				} catch (BadLocationException e) {
					throw new IllegalStateException("Formatting edits outside the document", e);
				}
			});
		}
		return null;
	}
}
