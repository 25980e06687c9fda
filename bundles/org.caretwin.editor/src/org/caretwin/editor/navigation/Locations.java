package org.caretwin.editor.navigation;

import java.util.Optional;

import org.caretwin.editor.lsp.Positions;
import org.caretwin.editor.lsp.Uris;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Opens the editor of a location the server named (possibly another file) and selects its range. */
public final class Locations {

	private Locations() {
	}

	public static Optional<ITextEditor> open(Location location) {
		return open(location.getUri(), location.getRange());
	}

	public static Optional<ITextEditor> open(String uri, Range range) {
		Optional<IFile> file = Uris.file(uri);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (file.isEmpty() || page == null) {
			return Optional.empty();
		}
		try {
			IEditorPart part = IDE.openEditor(page, file.get(), true);
			ITextEditor editor = part.getAdapter(ITextEditor.class);
			if (editor != null) {
				IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
				editor.selectAndReveal(Positions.offset(document, range.getStart()), Positions.length(document, range));
			}
			return Optional.ofNullable(editor);
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(Locations.class).log(e.getStatus());
			return Optional.empty();
		}
	}
}
