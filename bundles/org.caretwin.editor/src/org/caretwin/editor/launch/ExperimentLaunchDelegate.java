package org.caretwin.editor.launch;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.caretwin.editor.run.ExperimentJob;
import org.caretwin.editor.run.ModelExperiments;
import org.caretwin.lang.care.Experiment;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

/**
 * Launches a CareTwin Experiment configuration: reads the model from disk, checks the settings as the dialog does and
 * starts the same {@link ExperimentJob} as Run Experiment, with the configuration's overrides.
 */
public class ExperimentLaunchDelegate extends LaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		ExperimentLaunchSettings settings = ExperimentLaunchSettings.of(configuration);
		Map<IFile, ModelExperiments> read = new HashMap<>();
		Optional<String> problem = settings.problem(file -> read.computeIfAbsent(file, ModelExperiments::of));
		if (problem.isPresent()) {
			throw new CoreException(Status.error(configuration.getName() + ": " + problem.get()));
		}
		IFile file = settings.workspaceFile().orElseThrow();
		Experiment experiment = read.get(file).named(settings.experiment()).orElseThrow();
		new ExperimentJob(file, experiment, settings.simulationSettings()).schedule();
	}

	/** The launch saves the dirty editors of the model's project (after asking, as the Run/Debug preference says). */
	@Override
	protected IProject[] getBuildOrder(ILaunchConfiguration configuration, String mode) throws CoreException {
		return ExperimentLaunchSettings.of(configuration).workspaceFile().map(f -> new IProject[] { f.getProject() })
				.orElse(null);
	}

	/** Nothing to build: the run reads and checks the model files itself. */
	@Override
	public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
		return false;
	}

	/** The launch's own check names the file, line and fix; the platform's "errors in project" prompt would not. */
	@Override
	public boolean finalLaunchCheck(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
		return true;
	}
}
