package org.caretwin.editor.bpmn;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/** The .bpmn file to read, the workspace folder of the model to write it into, and the new file's name. */
final class BpmnImportPage extends WizardPage {

	private final IContainer initialFolder;
	private Text source;
	private Text folder;
	private Text name;

	BpmnImportPage(IContainer initialFolder) {
		super("bpmnImport");
		this.initialFolder = initialFolder;
		setTitle("BPMN 2.0 Process as .care");
		setDescription("The processes of a BPMN 2.0 file as pathways of a model: the .care files of one folder.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		source = text(page, "BPMN file (.bpmn):", "");
		button(page, () -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.bpmn", "*.*" });
			String chosen = dialog.open();
			if (chosen != null) {
				source.setText(chosen);
			}
		});
		folder = text(page, "Into the folder:", initialFolder == null ? "" : initialFolder.getFullPath().toString());
		button(page, () -> {
			ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), container(), false,
					"The folder of the model the pathways join");
			if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
				folder.setText(((IPath) dialog.getResult()[0]).toString());
			}
		});
		name = text(page, "File name:", "");
		new Label(page, SWT.NONE);
		source.addModifyListener(e -> {
			String file = Path.of(source.getText()).getFileName() == null ? "" : Path.of(source.getText()).getFileName().toString();
			name.setText(file.replaceFirst("\\.[^.]*$", "") + ".care");
		});
		setControl(page);
		validate();
	}

	private Text text(Composite page, String label, String value) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(e -> validate());
		return text;
	}

	private void button(Composite page, Runnable action) {
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> action.run());
	}

	private void validate() {
		String problem = null;
		if (source.getText().isBlank()) {
			problem = "Choose the BPMN file to import";
		} else if (container() == null) {
			problem = "Choose a folder of the workspace for the model";
		} else if (!name.getText().toLowerCase(Locale.ROOT).endsWith(".care") || name.getText().contains("/")) {
			problem = "Name the file to write NAME.care";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	Path source() {
		return Path.of(source.getText().strip());
	}

	/** The folder chosen, or null when the workspace has none at that path. */
	IContainer container() {
		if (folder == null || folder.getText().isBlank()) {
			return null;
		}
		IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(folder.getText().strip());
		return resource instanceof IContainer c && c.isAccessible() ? c : null;
	}

	String fileName() {
		return name.getText().strip();
	}
}
