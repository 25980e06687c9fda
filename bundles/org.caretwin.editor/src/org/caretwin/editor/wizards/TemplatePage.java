package org.caretwin.editor.wizards;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The second page of the project wizard: which model the project starts from. */
final class TemplatePage extends WizardPage {

	private ProjectTemplate chosen = ProjectTemplate.LOIRE;

	TemplatePage() {
		super("template");
		setTitle("Template");
		setDescription("The model the project starts from; it can be changed freely afterwards.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		for (ProjectTemplate template : ProjectTemplate.values()) {
			Button choice = new Button(body, SWT.RADIO);
			choice.setText(template.label());
			choice.setSelection(template == chosen);
			choice.addListener(SWT.Selection, e -> {
				if (choice.getSelection()) {
					chosen = template;
				}
			});
			Label description = new Label(body, SWT.WRAP);
			description.setText(template.description());
			GridData indent = new GridData(SWT.FILL, SWT.TOP, true, false);
			indent.horizontalIndent = 20;
			indent.widthHint = 420;
			description.setLayoutData(indent);
		}
		setControl(body);
	}

	ProjectTemplate template() {
		return chosen;
	}
}
