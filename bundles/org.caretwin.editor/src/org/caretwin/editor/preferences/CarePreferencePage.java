package org.caretwin.editor.preferences;

import org.caretwin.editor.presentation.CareStyles;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > CareTwin: runs (replications, live results) and the editor's colours. */
public class CarePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public CarePreferencePage() {
		super(GRID);
		setDescription("Settings of CareTwin runs and of the .care editor.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(CarePreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor replications = new IntegerFieldEditor(CarePreferences.DEFAULT_REPLICATIONS,
				"Default &replications of a run:", getFieldEditorParent(), 5);
		replications.setValidRange(1, 100_000);
		addField(replications);
		addField(new BooleanFieldEditor(CarePreferences.LIVE, "&Live results: re-run the experiment on every save",
				getFieldEditorParent()));
		heading("Editor colours");
		for (String[] style : CareStyles.ALL) {
			addField(new ColorFieldEditor(CareStyles.colourKey(style[0]), style[1] + ":", getFieldEditorParent()));
		}
	}

	private void heading(String text) {
		Label label = new Label(getFieldEditorParent(), SWT.NONE);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
	}
}
