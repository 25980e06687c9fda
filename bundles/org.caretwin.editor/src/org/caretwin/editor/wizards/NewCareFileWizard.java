package org.caretwin.editor.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** File > New > CareTwin Model File: a .care file with a commented skeleton, opened in the editor. */
public class NewCareFileWizard extends Wizard implements INewWizard {

	public static final String SKELETON = """
			// Who and what serves the patients: counts at a site or densities per 100,000 inhabitants.
			resource Clerk count 2

			cohort Patients {
			    arrivals 10 per day
			}

			pathway Visit for Patients {
			    step Consultation by Clerk takes lognormal(mean 20 min, sd 5 min)
			    end
			}

			scenario Baseline

			experiment FirstRun {
			    compare Baseline
			    horizon 30 days
			    replications 10  seed 1
			    report wait(Consultation), utilisation(Clerk)
			}
			""";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage page;

	public NewCareFileWizard() {
		setWindowTitle("New CareTwin Model File");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("file", selection) {
			@Override
			protected InputStream getInitialContents() {
				return new ByteArrayInputStream(SKELETON.getBytes(StandardCharsets.UTF_8));
			}

			@Override
			protected boolean validatePage() {
				boolean valid = super.validatePage();
				if (valid && folderHoldsAModel(getContainerFullPath())) {
					setMessage("The .care files of one folder form one model, and this folder already holds one:"
							+ " the skeleton's names will clash with it. Choose a new folder for a new model.", WARNING);
				}
				return valid;
			}
		};
		page.setTitle("CareTwin Model File");
		page.setDescription("A .care file: resources, a cohort, a pathway and an experiment to start from.");
		page.setFileExtension("care");
		page.setFileName("model.care");
		addPage(page);
	}

	/** True when the folder at {@code path} already holds a .care file, so a skeleton there would join that model. */
	public static boolean folderHoldsAModel(IPath path) {
		if (path == null) {
			return false;
		}
		IResource folder = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
		if (!(folder instanceof IContainer container) || !container.isAccessible()) {
			return false;
		}
		try {
			for (IResource member : container.members()) {
				if (member instanceof IFile file && "care".equals(file.getFileExtension())) {
					return true;
				}
			}
		} catch (CoreException e) {
			return false;
		}
		return false;
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
		}
		return true;
	}
}
