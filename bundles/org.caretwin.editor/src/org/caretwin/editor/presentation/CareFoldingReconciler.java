package org.caretwin.editor.presentation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.caretwin.editor.lsp.CareLanguageServer;
import org.caretwin.editor.lsp.OpenDocuments;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.widgets.Display;

/**
 * Folding of blocks and long comments from the server's folding ranges. Ranges that stay are kept, so a block the
 * user collapsed stays collapsed while they type elsewhere.
 */
public class CareFoldingReconciler implements IReconciler, IDocumentListener {

	private static final int DELAY_MILLIS = 500;

	private ProjectionViewer viewer;
	private IDocument document;
	private final Runnable update = this::requestRanges;

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ProjectionViewer projection) {
			viewer = projection;
			viewer.addTextInputListener(new org.eclipse.jface.text.ITextInputListener() {
				@Override
				public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
					watch(null);
				}

				@Override
				public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
					watch(newInput);
				}
			});
			watch(viewer.getDocument());
		}
	}

	@Override
	public void uninstall() {
		watch(null);
		viewer = null;
	}

	private void watch(IDocument newDocument) {
		if (document != null) {
			document.removeDocumentListener(this);
		}
		document = newDocument;
		if (document != null) {
			document.addDocumentListener(this);
			schedule();
		}
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		schedule();
	}

	private void schedule() {
		Display display = Display.getCurrent();
		if (display != null) {
			display.timerExec(-1, update);
			display.timerExec(DELAY_MILLIS, update);
		}
	}

	private void requestRanges() {
		IDocument current = document;
		Optional<String> uri = current == null ? Optional.empty() : OpenDocuments.uriOf(current);
		if (uri.isEmpty() || viewer == null) {
			return;
		}
		Display display = viewer.getTextWidget().getDisplay();
		FoldingRangeRequestParams params = new FoldingRangeRequestParams(new TextDocumentIdentifier(uri.get()));
		CareLanguageServer.get().request(s -> s.foldingRange(params))
				.thenAccept(ranges -> display.asyncExec(() -> show(current, ranges)));
	}

	private void show(IDocument shown, List<FoldingRange> ranges) {
		ProjectionAnnotationModel model = viewer == null ? null : viewer.getProjectionAnnotationModel();
		if (model == null || shown != document) {
			return;
		}
		Set<Position> wanted = new HashSet<>();
		for (FoldingRange range : ranges) {
			positionOf(range).ifPresent(wanted::add);
		}
		Map<Annotation, Position> additions = new HashMap<>();
		List<Annotation> deletions = new java.util.ArrayList<>();
		Set<Position> kept = new HashSet<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			Position key = position == null ? null : new Position(position.getOffset(), position.getLength());
			if (key != null && wanted.contains(key) && kept.add(key)) {
				continue;
			}
			deletions.add(annotation);
		}
		for (Position position : wanted) {
			if (!kept.contains(position)) {
				additions.put(new ProjectionAnnotation(), position);
			}
		}
		model.modifyAnnotations(deletions.toArray(Annotation[]::new), additions, null);
	}

	/** From the start of the first line to the end of the last one (with its line break), as Eclipse folds. */
	private Optional<Position> positionOf(FoldingRange range) {
		try {
			if (range.getEndLine() <= range.getStartLine() || range.getEndLine() >= document.getNumberOfLines()) {
				return Optional.empty();
			}
			int start = document.getLineOffset(range.getStartLine());
			int end = document.getLineOffset(range.getEndLine()) + document.getLineLength(range.getEndLine());
			return Optional.of(new Position(start, end - start));
		} catch (BadLocationException e) {
			return Optional.empty();
		}
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}
}
