package org.caretwin.editor.commands;

import java.util.List;

import org.caretwin.editor.lsp.CareLanguageServer;
import org.caretwin.editor.lsp.Positions;
import org.caretwin.editor.lsp.Requests;
import org.caretwin.editor.lsp.Uris;
import org.caretwin.editor.navigation.Locations;
import org.caretwin.editor.navigation.Words;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Ctrl+Shift+G: every use of the name at the caret, in every file; choosing one opens it. */
public class FindReferencesHandler extends AbstractHandler {

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
			String name = target.document().get(word.getOffset(), word.getLength());
			ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(target.uri()),
					Positions.of(target.document(), word.getOffset()), new ReferenceContext(false));
			List<? extends Location> references = Requests
					.await(CareLanguageServer.get().request(s -> s.references(params)), WAIT_MILLIS).orElse(List.of());
			if (references.isEmpty()) {
				MessageDialog.openInformation(shell, "References", "No references to '" + name + "'.");
				return null;
			}
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new ReferenceLabels());
			dialog.setTitle("References to '" + name + "'");
			dialog.setMessage(references.size() + " reference(s); choose one to open it:");
			dialog.setElements(references.toArray());
			dialog.setMultipleSelection(false);
			dialog.setSize(80, 16);
			if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Location location) {
				Locations.open(location);
			}
		} catch (BadLocationException e) {
			throw new ExecutionException("Find references failed", e);
		}
		return null;
	}

	/** "loire/arthroplasty.care:12" — the project-relative path and line of a reference. */
	private static final class ReferenceLabels extends LabelProvider {
		@Override
		public String getText(Object element) {
			Location location = (Location) element;
			String path = Uris.file(location.getUri()).map(f -> f.getFullPath().makeRelative().toString())
					.orElse(location.getUri());
			return path + ":" + (location.getRange().getStart().getLine() + 1);
		}
	}
}
