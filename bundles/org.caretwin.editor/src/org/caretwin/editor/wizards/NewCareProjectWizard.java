package org.caretwin.editor.wizards;

import java.lang.reflect.InvocationTargetException;

import org.caretwin.editor.project.CareNature;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/** File > New > CareTwin Project: a project with the CareTwin nature, started from a template model. */
public class NewCareProjectWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private WizardNewProjectCreationPage namePage;
	private TemplatePage templatePage;
	private IProject created;

	public NewCareProjectWizard() {
		setWindowTitle("New CareTwin Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		namePage = new WizardNewProjectCreationPage("name");
		namePage.setTitle("CareTwin Project");
		namePage.setDescription("A project for care pathway models (.care), validated on every save.");
		addPage(namePage);
		templatePage = new TemplatePage();
		addPage(templatePage);
	}

	@Override
	public boolean performFinish() {
		IProject project = namePage.getProjectHandle();
		ProjectTemplate template = templatePage.template();
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
		if (!namePage.useDefaults()) {
			description.setLocationURI(namePage.getLocationURI());
		}
		try {
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
					SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 3);
					create(project, description, template, progress);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "New CareTwin Project", e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		created = project;
		openMainFile(template);
		return true;
	}

	/** Creates a CareTwin project, opens and fills it (public for tests that create projects without the dialog). */
	public static void create(IProject project, IProjectDescription description, ProjectTemplate template, SubMonitor progress)
			throws CoreException {
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		// Added to the open project, so the nature configures its builder.
		CareNature.addTo(project, null);
		project.setDefaultCharset("UTF-8", null);
		template.copyInto(project, progress.split(1));
	}

	private void openMainFile(ProjectTemplate template) {
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created.getFile(template.mainFile()));
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
		}
	}
}
