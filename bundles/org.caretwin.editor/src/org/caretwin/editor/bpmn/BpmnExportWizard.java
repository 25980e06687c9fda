package org.caretwin.editor.bpmn;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/** File > Export > CareTwin > Pathway as BPMN 2.0: {@code caretwin bpmn export} from the workbench. */
public final class BpmnExportWizard extends Wizard implements IExportWizard {

	private Path selected;
	private BpmnExportPage page;

	public BpmnExportWizard() {
		setWindowTitle("Export Pathway as BPMN 2.0");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		selected = WorkspaceFiles.selectedFile(selection, "care");
	}

	@Override
	public void addPages() {
		page = new BpmnExportPage(selected);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path target = page.target();
		if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), "Replace File",
				target + " already exists. Replace it?")) {
			return false;
		}
		try {
			BpmnTransfer.export(page.source(), page.lanes(), target);
		} catch (BpmnTransfer.Failure e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		WorkspaceFiles.refresh(target);
		return true;
	}
}
