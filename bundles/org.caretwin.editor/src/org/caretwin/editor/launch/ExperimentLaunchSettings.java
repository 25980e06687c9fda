package org.caretwin.editor.launch;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.caretwin.editor.run.ModelExperiments;
import org.caretwin.experiment.RunBound;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.validation.RunnableModelValidator;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

/**
 * What a CareTwin Experiment launch configuration holds, as the user typed it: the workspace path of the .care file,
 * the experiment, the scenarios to run ({@code null}: those the experiment compares), replications and seed (blank:
 * as written) and threads. {@link #problem} says what is wrong with them, for the dialog and the launch alike.
 */
public record ExperimentLaunchSettings(String file, String experiment, List<String> scenarios, String replications,
		String seed, int threads) {

	/** The launch configuration type "CareTwin Experiment". */
	public static final String TYPE_ID = "org.caretwin.editor.experimentLaunch";

	static final String FILE = "org.caretwin.editor.launch.file";
	static final String EXPERIMENT = "org.caretwin.editor.launch.experiment";
	static final String SCENARIOS = "org.caretwin.editor.launch.scenarios";
	static final String REPLICATIONS = "org.caretwin.editor.launch.replications";
	static final String SEED = "org.caretwin.editor.launch.seed";
	static final String THREADS = "org.caretwin.editor.launch.threads";

	public ExperimentLaunchSettings {
		scenarios = scenarios == null ? null : List.copyOf(scenarios);
	}

	/** The experiment of {@code file} as written, on all cores. */
	public static ExperimentLaunchSettings asWritten(IFile file, String experiment) {
		return new ExperimentLaunchSettings(file.getFullPath().toString(), experiment, null, "", "", defaultThreads());
	}

	public static ExperimentLaunchSettings of(ILaunchConfiguration configuration) throws CoreException {
		List<String> scenarios = configuration.hasAttribute(SCENARIOS) ? configuration.getAttribute(SCENARIOS, List.of()) : null;
		return new ExperimentLaunchSettings(configuration.getAttribute(FILE, ""), configuration.getAttribute(EXPERIMENT, ""),
				scenarios, configuration.getAttribute(REPLICATIONS, ""), configuration.getAttribute(SEED, ""),
				configuration.getAttribute(THREADS, defaultThreads()));
	}

	public void writeTo(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(FILE, file);
		configuration.setAttribute(EXPERIMENT, experiment);
		configuration.setAttribute(SCENARIOS, scenarios);
		configuration.setAttribute(REPLICATIONS, replications.strip());
		configuration.setAttribute(SEED, seed.strip());
		configuration.setAttribute(THREADS, threads);
		// Renaming or deleting the file then updates or removes the configuration.
		workspaceFile().ifPresentOrElse(f -> configuration.setMappedResources(new IResource[] { f }),
				() -> configuration.setMappedResources(null));
	}

	public static int defaultThreads() {
		return Runtime.getRuntime().availableProcessors();
	}

	/** The file, if the path names one that exists in the workspace. */
	public Optional<IFile> workspaceFile() {
		return fileAt(file);
	}

	/** The workspace file at {@code path} ({@code /project/folder/name.care}), if there is one. */
	public static Optional<IFile> fileAt(String path) {
		IPath workspacePath = IPath.fromPortableString(path.strip());
		if (path.isBlank() || workspacePath.segmentCount() < 2) {
			return Optional.empty();
		}
		IFile found = ResourcesPlugin.getWorkspace().getRoot().getFile(workspacePath);
		return found.exists() ? Optional.of(found) : Optional.empty();
	}

	/**
	 * What keeps these settings from running, as one sentence saying what to do; empty when they can run.
	 * {@code model} holds the experiments of {@link #workspaceFile()} (not read when there is no such file).
	 */
	public Optional<String> problem(Function<IFile, ModelExperiments> model) {
		if (file.isBlank()) {
			return Optional.of("Choose the .care file to run.");
		}
		Optional<IFile> found = workspaceFile();
		if (found.isEmpty()) {
			return Optional.of("No file " + file + " in the workspace; choose a .care file with Browse...");
		}
		if (!"care".equals(found.get().getFileExtension())) {
			return Optional.of(file + " is not a .care file; choose a model file ending in .care.");
		}
		ModelExperiments experiments = model.apply(found.get());
		Optional<String> unrunnable = experiments.problem();
		if (unrunnable.isPresent()) {
			return unrunnable;
		}
		Optional<Experiment> chosen = experiments.named(experiment);
		if (chosen.isEmpty()) {
			return Optional.of(experiment.isBlank() ? "Choose the experiment to run."
					: found.get().getName() + " has no experiment " + experiment + "; it has "
							+ String.join(", ", experiments.names()) + ".");
		}
		return scenarioProblem(ModelExperiments.scenariosOf(chosen.get()))
				.or(() -> replicationsProblem())
				.or(() -> seedProblem())
				.or(() -> threads < 1 ? Optional.of("Threads must be at least 1, was " + threads + ".") : Optional.empty());
	}

	private Optional<String> scenarioProblem(List<String> written) {
		if (scenarios == null) {
			return Optional.empty();
		}
		if (scenarios.isEmpty()) {
			return Optional.of("Choose at least one scenario to run.");
		}
		List<String> unknown = scenarios.stream().filter(s -> !written.contains(s)).toList();
		return unknown.isEmpty() ? Optional.empty()
				: Optional.of("Experiment " + experiment + " has no scenario " + String.join(", ", unknown) + "; it runs "
						+ String.join(", ", written) + ".");
	}

	private Optional<String> replicationsProblem() {
		if (replications.isBlank()) {
			return Optional.empty();
		}
		String range = "Replications must be a whole number from " + RunnableModelValidator.MIN_REPLICATIONS + " to "
				+ String.format(java.util.Locale.ROOT, "%,d", RunnableModelValidator.MAX_REPLICATIONS);
		try {
			int count = Integer.parseInt(replications.strip());
			return count < RunnableModelValidator.MIN_REPLICATIONS || count > RunnableModelValidator.MAX_REPLICATIONS
					? Optional.of(range + ", was " + count + ".")
					: Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.of(range + ", was '" + replications.strip() + "'.");
		}
	}

	private Optional<String> seedProblem() {
		if (seed.isBlank()) {
			return Optional.empty();
		}
		try {
			Long.parseLong(seed.strip());
			return Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.of("The seed must be a whole number, was '" + seed.strip() + "'.");
		}
	}

	/** The overrides for {@link Simulation}; call only when {@link #problem} found none. */
	public Simulation.Settings simulationSettings() {
		return new Simulation.Settings(replications.isBlank() ? null : Integer.valueOf(replications.strip()),
				seed.isBlank() ? null : Long.valueOf(seed.strip()), scenarios, threads, RunBound.DEFAULT_MAX_EVENTS);
	}
}
