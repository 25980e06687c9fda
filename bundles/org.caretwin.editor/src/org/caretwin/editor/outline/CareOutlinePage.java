package org.caretwin.editor.outline;

import java.util.List;
import java.util.Optional;

import org.caretwin.editor.lsp.CareLanguageServer;
import org.caretwin.editor.lsp.OpenDocuments;
import org.caretwin.editor.lsp.Positions;
import org.caretwin.editor.preferences.CarePreferences;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a .care editor: the server's document symbols (territory, resources, pathways and their steps,
 * scenarios, experiments). Selecting a symbol selects its name in the editor; with "Link with Editor" on, moving
 * the caret selects the innermost symbol around it.
 */
public class CareOutlinePage extends ContentOutlinePage {

	private static final int REFRESH_DELAY_MILLIS = 400;
	private static final java.util.Set<String> PARAMETERS = java.util.Set.of("mean", "sd", "shape", "scale", "mode", "min", "max", "weight");

	private final ITextEditor editor;
	private final IDocument document;
	private final IDocumentListener changes = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			scheduleRefresh();
		}
	};
	private final ISelectionChangedListener caretMoves = this::caretMoved;
	private final Runnable refresh = this::refresh;
	private boolean selectingFromEditor;
	private List<DocumentSymbol> symbols = List.of();

	public CareOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new SymbolTree());
		viewer.setLabelProvider(new SymbolLabels(this::keywordOf));
		viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		viewer.setInput(symbols);
		document.addDocumentListener(changes);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(caretMoves);
		}
		getSite().getActionBars().getToolBarManager().add(new LinkWithEditor());
		refresh();
	}

	@Override
	public void dispose() {
		document.removeDocumentListener(changes);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(caretMoves);
		}
		super.dispose();
	}

	/** The symbols shown now (for tests and for the caret link). */
	public List<DocumentSymbol> symbols() {
		return symbols;
	}

	private void scheduleRefresh() {
		Display display = getControl().getDisplay();
		display.timerExec(-1, refresh);
		display.timerExec(REFRESH_DELAY_MILLIS, refresh);
	}

	private void refresh() {
		Optional<String> uri = OpenDocuments.uriOf(document);
		if (uri.isEmpty() || getControl() == null || getControl().isDisposed()) {
			return;
		}
		DocumentSymbolParams params = new DocumentSymbolParams(new TextDocumentIdentifier(uri.get()));
		Display display = getControl().getDisplay();
		CareLanguageServer.get().request(s -> s.documentSymbol(params)).thenAccept(answer -> display.asyncExec(() -> show(answer)));
	}

	private void show(List<Either<SymbolInformation, DocumentSymbol>> answer) {
		if (getControl() == null || getControl().isDisposed()) {
			return;
		}
		symbols = declarations(answer.stream().filter(Either::isRight).map(Either::getRight).toList());
		getTreeViewer().setInput(symbols);
		getTreeViewer().expandAll();
	}

	/** The symbols without the named parameters of distributions ({@code mean}, {@code sd}...), which are no declarations. */
	private List<DocumentSymbol> declarations(List<DocumentSymbol> all) {
		List<DocumentSymbol> kept = new java.util.ArrayList<>();
		for (DocumentSymbol symbol : all) {
			if (!PARAMETERS.contains(keywordOf(symbol))) {
				if (symbol.getChildren() != null) {
					symbol.setChildren(declarations(symbol.getChildren()));
				}
				kept.add(symbol);
			}
		}
		return kept;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (selectingFromEditor) {
			return;
		}
		if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof DocumentSymbol symbol) {
			Range name = symbol.getSelectionRange();
			editor.selectAndReveal(Positions.offset(document, name.getStart()), Positions.length(document, name));
		}
	}

	private void caretMoved(SelectionChangedEvent event) {
		if (!CarePreferences.store().getBoolean(CarePreferences.OUTLINE_LINKED) || getControl() == null
				|| getControl().isDisposed() || !(event.getSelection() instanceof ITextSelection text)) {
			return;
		}
		DocumentSymbol innermost = innermost(symbols, text.getOffset());
		if (innermost != null) {
			selectingFromEditor = true;
			try {
				getTreeViewer().setSelection(new StructuredSelection(innermost), true);
			} finally {
				selectingFromEditor = false;
			}
		}
	}

	private DocumentSymbol innermost(List<DocumentSymbol> candidates, int offset) {
		for (DocumentSymbol symbol : candidates) {
			int start = Positions.offset(document, symbol.getRange().getStart());
			int end = Positions.offset(document, symbol.getRange().getEnd());
			if (start <= offset && offset <= end) {
				DocumentSymbol inner = symbol.getChildren() == null ? null : innermost(symbol.getChildren(), offset);
				return inner != null ? inner : symbol;
			}
		}
		return null;
	}

	private String keywordOf(DocumentSymbol symbol) {
		int start = Positions.offset(document, symbol.getRange().getStart());
		int end = start;
		try {
			while (end < document.getLength() && Character.isLetter(document.getChar(end))) {
				end++;
			}
			return document.get(start, end - start);
		} catch (BadLocationException e) {
			return "";
		}
	}

	private static final class SymbolTree implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
			return children == null ? new Object[0] : children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
			return children != null && !children.isEmpty();
		}
	}

	private static final class LinkWithEditor extends Action {
		LinkWithEditor() {
			super("Link with Editor", IAction.AS_CHECK_BOX);
			setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
			setChecked(CarePreferences.store().getBoolean(CarePreferences.OUTLINE_LINKED));
		}

		@Override
		public void run() {
			CarePreferences.store().setValue(CarePreferences.OUTLINE_LINKED, isChecked());
		}
	}
}
