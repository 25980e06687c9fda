package org.caretwin.editor.results;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/** An experiment's HTML report in the editor area, read-only, as a browser shows the file {@code --html} writes. */
public final class ReportEditor extends EditorPart {

	public static final String ID = "org.caretwin.editor.report";

	private Browser browser;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IURIEditorInput)) {
			throw new PartInitException("An experiment report opens from a file: " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(((IURIEditorInput) input).getURI().getPath());
	}

	@Override
	public void createPartControl(Composite parent) {
		try {
			browser = new Browser(parent, SWT.NONE);
			browser.setUrl(((IURIEditorInput) getEditorInput()).getURI().toString());
		} catch (SWTError noBrowser) {
			new Label(parent, SWT.WRAP).setText("The report needs the system's web browser component (on Linux WebKitGTK 4.1); "
					+ "open " + getTitleToolTip() + " in a web browser.");
		}
	}

	/** The browser showing the report, or {@code null} without one; for tests. */
	public Browser browser() {
		return browser;
	}

	@Override
	public void setFocus() {
		if (browser != null) {
			browser.setFocus();
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// A report is written by its run, never edited.
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
