package org.caretwin.editor.bpmn;

import java.util.List;

import org.caretwin.editor.run.CareConsole;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * File > Import > CareTwin > BPMN 2.0 process as .care: {@code caretwin bpmn import} from the workbench; the new file
 * opens in its editor, and what the import had to guess goes to the CareTwin console.
 */
public final class BpmnImportWizard extends Wizard implements IImportWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private BpmnImportPage page;

	public BpmnImportWizard() {
		setWindowTitle("Import BPMN 2.0 Process as .care");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		page = new BpmnImportPage(WorkspaceFiles.selectedContainer(selection));
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.container().getFile(IPath.fromOSString(page.fileName()));
		if (file.exists() && !MessageDialog.openQuestion(getShell(), "Replace File",
				file.getFullPath() + " already exists. Replace it?")) {
			return false;
		}
		if (file.getLocation() == null) {
			page.setErrorMessage(file.getFullPath() + " is not on the local disk");
			return false;
		}
		List<String> warnings;
		try {
			warnings = BpmnTransfer.importTo(page.source(), file.getLocation().toFile().toPath());
			file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
		} catch (BpmnTransfer.Failure e) {
			page.setErrorMessage(e.getMessage());
			return false;
		} catch (CoreException e) {
			// Written; the workspace finds it at its next refresh.
			warnings = List.of();
		}
		warnings.forEach(CareConsole::println);
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
		}
		return true;
	}
}
