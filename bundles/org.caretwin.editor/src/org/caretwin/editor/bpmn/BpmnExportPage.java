package org.caretwin.editor.bpmn;

import java.nio.file.Path;
import java.util.Locale;

import org.caretwin.diagram.LaneMode;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The .care file to export, the .bpmn file to write (beside it unless chosen) and the lanes. */
final class BpmnExportPage extends WizardPage {

	private final Path initialSource;
	private Text source;
	private Text target;
	private Combo lanes;

	BpmnExportPage(Path initialSource) {
		super("bpmnExport");
		this.initialSource = initialSource;
		setTitle("Pathway as BPMN 2.0");
		setDescription("The pathways of a model as a BPMN 2.0 file other modellers open; CareTwin's numbers travel along.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		source = row(page, "Model file (.care):", initialSource == null ? "" : initialSource.toString(), "care");
		target = row(page, "BPMN file to write:", initialSource == null ? "" : beside(initialSource).toString(), "bpmn");
		source.addModifyListener(e -> {
			if (source.getText().endsWith(".care")) {
				target.setText(beside(Path.of(source.getText())).toString());
			}
		});
		new Label(page, SWT.NONE).setText("Lanes:");
		lanes = new Combo(page, SWT.READ_ONLY);
		for (LaneMode mode : LaneMode.values()) {
			lanes.add(mode.keyword());
		}
		lanes.select(0);
		setControl(page);
		validate();
	}

	private Text row(Composite page, String label, String value, String extension) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(e -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), "bpmn".equals(extension) ? SWT.SAVE : SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*." + extension });
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}

	private void validate() {
		String problem = null;
		if (!source.getText().toLowerCase(Locale.ROOT).endsWith(".care")) {
			problem = "Choose a .care file whose pathways to export";
		} else if (!target.getText().toLowerCase(Locale.ROOT).endsWith(".bpmn")) {
			problem = "Name the file to write OUT.bpmn";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** {@code model.care} → {@code model.bpmn} in the same folder. */
	static Path beside(Path care) {
		String name = care.getFileName().toString();
		return care.resolveSibling(name.substring(0, name.length() - ".care".length()) + ".bpmn");
	}

	Path source() {
		return Path.of(source.getText().strip());
	}

	Path target() {
		return Path.of(target.getText().strip());
	}

	LaneMode lanes() {
		return LaneMode.parse(lanes.getText());
	}
}
