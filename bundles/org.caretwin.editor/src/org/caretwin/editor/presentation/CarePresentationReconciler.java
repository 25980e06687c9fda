package org.caretwin.editor.presentation;

import org.caretwin.editor.preferences.CarePreferences;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;

/**
 * Keyword and semantic colouring of .care files. A change anywhere can change the meaning of names elsewhere
 * (a resource renamed, a comment opened), and models are small, so every change repaints the whole document.
 */
public class CarePresentationReconciler extends PresentationReconciler {

	private ITextViewer viewer;
	private final IPropertyChangeListener colourChanges = this::colourChanged;

	public CarePresentationReconciler() {
		WholeDocument whole = new WholeDocument();
		setDamager(whole, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(whole, IDocument.DEFAULT_CONTENT_TYPE);
	}

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		viewer = textViewer;
		CarePreferences.store().addPropertyChangeListener(colourChanges);
	}

	@Override
	public void uninstall() {
		CarePreferences.store().removePropertyChangeListener(colourChanges);
		super.uninstall();
	}

	private void colourChanged(PropertyChangeEvent event) {
		if (event.getProperty().startsWith("colour.") && viewer != null && viewer.getTextWidget() != null
				&& !viewer.getTextWidget().isDisposed()) {
			viewer.getTextWidget().getDisplay().asyncExec(() -> {
				if (viewer != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
					viewer.invalidateTextPresentation();
				}
			});
		}
	}

	private static final class WholeDocument implements IPresentationDamager, IPresentationRepairer {
		private IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
			return new Region(0, event.getDocument().getLength());
		}

		@Override
		public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
			String[] styles;
			try {
				styles = CareHighlighter.stylesOf(document.get());
			} catch (RuntimeException e) {
				// Plain text is better than an editor that cannot paint; the log tells what went wrong.
				org.eclipse.core.runtime.ILog.of(CarePresentationReconciler.class).error("Highlighting failed", e);
				return;
			}
			int start = 0;
			for (int i = 1; i <= styles.length; i++) {
				if (i == styles.length || !java.util.Objects.equals(styles[i], styles[start])) {
					if (styles[start] != null) {
						presentation.addStyleRange(CareStyles.range(styles[start], start, i - start));
					}
					start = i;
				}
			}
		}
	}
}
