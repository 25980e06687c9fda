package org.caretwin.editor.run;

import java.util.List;
import java.util.Optional;

import org.caretwin.experiment.Simulation;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/**
 * Run Experiment on a .care file (selected, or in the active editor): saves the model's open editors, checks the
 * model, asks which experiment when the file has several, and starts an {@link ExperimentJob}.
 */
public class RunExperimentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Optional<IFile> target = fileOf(event);
		if (target.isEmpty()) {
			return null;
		}
		IFile file = target.get();
		Shell shell = HandlerUtil.getActiveShell(event);
		// What is run is what is on disk: the files of the model's folder are saved first.
		if (!IDE.saveAllEditors(new IResource[] { file.getParent() }, false)) {
			return null;
		}
		CheckedModel model = CareWorkspace.standalone().modelOf(file.getLocation().toFile().toPath());
		if (model.hasErrors()) {
			MessageDialog.openError(shell, "Run Experiment", file.getName()
					+ " (with the files of its folder) has errors; correct them (see the Problems view) and run again.");
			return null;
		}
		List<Experiment> experiments = experimentsOf(model, file);
		if (experiments.isEmpty()) {
			MessageDialog.openInformation(shell, "Run Experiment", file.getName()
					+ " has no experiment; add one, e.g. experiment Main { horizon 1 year replications 20 seed 1 }");
			return null;
		}
		Experiment experiment = experiments.size() == 1 ? experiments.get(0) : choose(shell, experiments);
		if (experiment != null) {
			new ExperimentJob(file, experiment, Simulation.Settings.asWritten()).schedule();
		}
		return null;
	}

	/** The experiments written in {@code file} itself, in their order. */
	public static List<Experiment> experimentsOf(CheckedModel model, IFile file) {
		var root = model.model(file.getLocation().toFile().toPath());
		return root == null ? List.of() : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(root, Experiment.class);
	}

	private static Experiment choose(Shell shell, List<Experiment> experiments) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Experiment) element).getName();
			}
		});
		dialog.setTitle("Run Experiment");
		dialog.setMessage("Experiment to run:");
		dialog.setElements(experiments.toArray());
		dialog.setMultipleSelection(false);
		return dialog.open() == Window.OK ? (Experiment) dialog.getFirstResult() : null;
	}

	private static Optional<IFile> fileOf(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && "care".equals(file.getFileExtension())) {
				return Optional.of(file);
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		return file != null && "care".equals(file.getFileExtension()) ? Optional.of(file) : Optional.empty();
	}
}
