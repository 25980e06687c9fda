package org.caretwin.app;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * The "Console" preference category. The Console view's ANSI page files itself under the id of the Eclipse
 * debugger's console page, which CareTwin does not ship; without a page of that id the Preferences dialog logs
 * "Invalid preference category path" each time it opens.
 */
public class ConsolePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/** The id the Console view's pages name as their category. */
	public static final String ID = "org.eclipse.debug.ui.ConsolePreferencePage";

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText("Settings of the Console view, where runs write their log. See the pages below.");
		return label;
	}
}
