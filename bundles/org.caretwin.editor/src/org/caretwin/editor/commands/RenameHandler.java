package org.caretwin.editor.commands;

import org.caretwin.editor.lsp.CareLanguageServer;
import org.caretwin.editor.lsp.Positions;
import org.caretwin.editor.lsp.Requests;
import org.caretwin.editor.navigation.Words;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Alt+Shift+R: renames the name at the caret, its declaration and every use in every file. */
public class RenameHandler extends AbstractHandler {

	private static final long WAIT_MILLIS = 10_000;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		CareEditors target = CareEditors.of(event).orElse(null);
		if (target == null || !(target.editor().getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IRegion word = Words.at(target.document(), selection.getOffset());
		Shell shell = HandlerUtil.getActiveShell(event);
		try {
			String oldName = target.document().get(word.getOffset(), word.getLength());
			if (oldName.isEmpty()) {
				return null;
			}
			InputDialog dialog = new InputDialog(shell, "Rename", "New name for '" + oldName + "':", oldName,
					name -> name.matches("\\^?[A-Za-z_][A-Za-z0-9_]*") ? null : "A name is a letter or _ followed by letters, digits or _");
			if (dialog.open() != Window.OK || dialog.getValue().equals(oldName)) {
				return null;
			}
			RenameParams params = new RenameParams(new TextDocumentIdentifier(target.uri()),
					Positions.of(target.document(), word.getOffset()), dialog.getValue());
			WorkspaceEdit edit = Requests.awaitRetrying(() -> CareLanguageServer.get().request(s -> s.rename(params)), WAIT_MILLIS)
					.orElse(null);
			if (edit == null || WorkspaceEdits.apply(edit) == 0) {
				MessageDialog.openInformation(shell, "Rename", "'" + oldName + "' cannot be renamed here.");
			}
		} catch (BadLocationException | CoreException e) {
			throw new ExecutionException("Rename failed", e);
		}
		return null;
	}
}
