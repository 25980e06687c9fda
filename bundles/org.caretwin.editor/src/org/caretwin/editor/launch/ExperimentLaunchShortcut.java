package org.caretwin.editor.launch;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.caretwin.editor.run.ModelExperiments;
import org.caretwin.lang.care.Experiment;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.ide.IDE;

/**
 * Run As &gt; CareTwin Experiment on a .care file or its editor, and the Run Experiment command: saves the model's
 * open editors, then launches the file's configuration, creating one for the file's experiment (asking which when it
 * has several) the first time.
 */
public class ExperimentLaunchShortcut implements ILaunchShortcut2 {

	private static final String TITLE = "Run Experiment";

	@Override
	public void launch(ISelection selection, String mode) {
		fileOf(selection).ifPresent(file -> launch(file, mode));
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		fileOf(editor).ifPresent(file -> launch(file, mode));
	}

	public void launch(IFile file, String mode) {
		// What is run is what is on disk: the files of the model's folder are saved first.
		if (!IDE.saveAllEditors(new IResource[] { file.getParent() }, false)) {
			return;
		}
		List<ILaunchConfiguration> existing = configurationsOf(file);
		Optional<ILaunchConfiguration> configuration = existing.isEmpty() ? create(file) : Optional.of(existing.get(0));
		// The Run menu's history hears of launches once it is loaded, which asking for its latest entry does.
		DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
		configuration.ifPresent(c -> DebugUITools.launch(c, mode));
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
		return fileOf(selection).map(f -> configurationsOf(f).toArray(ILaunchConfiguration[]::new)).orElse(null);
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
		return fileOf(editor).map(f -> configurationsOf(f).toArray(ILaunchConfiguration[]::new)).orElse(null);
	}

	@Override
	public IResource getLaunchableResource(ISelection selection) {
		return fileOf(selection).orElse(null);
	}

	@Override
	public IResource getLaunchableResource(IEditorPart editor) {
		return fileOf(editor).orElse(null);
	}

	/** The CareTwin Experiment configurations that run {@code file}. */
	public static List<ILaunchConfiguration> configurationsOf(IFile file) {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		try {
			return Arrays.stream(manager.getLaunchConfigurations(type()))
					.filter(c -> file.getFullPath().toString().equals(settingsOf(c).map(ExperimentLaunchSettings::file).orElse(null)))
					.toList();
		} catch (CoreException e) {
			ILog.of(ExperimentLaunchShortcut.class).log(e.getStatus());
			return List.of();
		}
	}

	private static Optional<ExperimentLaunchSettings> settingsOf(ILaunchConfiguration configuration) {
		try {
			return Optional.of(ExperimentLaunchSettings.of(configuration));
		} catch (CoreException e) {
			return Optional.empty();
		}
	}

	private static ILaunchConfigurationType type() {
		return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(ExperimentLaunchSettings.TYPE_ID);
	}

	/** A configuration for one of the file's experiments, as written; empty when there is nothing to run. */
	private static Optional<ILaunchConfiguration> create(IFile file) {
		Shell shell = PlatformUI.getWorkbench().getModalDialogShellProvider().getShell();
		ModelExperiments model = ModelExperiments.of(file);
		Optional<String> problem = model.problem();
		if (problem.isPresent()) {
			MessageDialog.openError(shell, TITLE, problem.get());
			return Optional.empty();
		}
		List<Experiment> experiments = model.experiments();
		Experiment experiment = experiments.size() == 1 ? experiments.get(0) : choose(shell, experiments);
		if (experiment == null) {
			return Optional.empty();
		}
		try {
			String name = DebugPlugin.getDefault().getLaunchManager()
					.generateLaunchConfigurationName(file.getFullPath().removeFileExtension().lastSegment() + " " + experiment.getName());
			ILaunchConfigurationWorkingCopy copy = type().newInstance(null, name);
			ExperimentLaunchSettings.asWritten(file, experiment.getName()).writeTo(copy);
			return Optional.of(copy.doSave());
		} catch (CoreException e) {
			MessageDialog.openError(shell, TITLE, "Could not save the launch configuration: " + e.getMessage());
			return Optional.empty();
		}
	}

	private static Experiment choose(Shell shell, List<Experiment> experiments) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Experiment) element).getName();
			}
		});
		dialog.setTitle(TITLE);
		dialog.setMessage("Experiment to run:");
		dialog.setElements(experiments.toArray());
		dialog.setMultipleSelection(false);
		return dialog.open() == Window.OK ? (Experiment) dialog.getFirstResult() : null;
	}

	private static Optional<IFile> fileOf(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			return careFile(Adapters.adapt(structured.getFirstElement(), IFile.class));
		}
		return Optional.empty();
	}

	private static Optional<IFile> fileOf(IEditorPart editor) {
		return editor == null ? Optional.empty() : careFile(Adapters.adapt(editor.getEditorInput(), IFile.class));
	}

	private static Optional<IFile> careFile(IFile file) {
		return file != null && "care".equals(file.getFileExtension()) ? Optional.of(file) : Optional.empty();
	}
}
