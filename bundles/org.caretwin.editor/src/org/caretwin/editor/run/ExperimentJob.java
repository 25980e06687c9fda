package org.caretwin.editor.run;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.caretwin.editor.results.ResultsView;
import org.caretwin.engine.OneLine;
import org.caretwin.experiment.ConsoleReport;
import org.caretwin.experiment.ExperimentPlan;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.RunBound;
import org.caretwin.experiment.ScenarioDetails;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.care.Experiment;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * Runs one experiment in the background as {@code caretwin simulate} would: progress as replications done of all,
 * with the time left; Cancel stops it within a replication; the table goes to the CareTwin console and the result
 * to the result views.
 */
public final class ExperimentJob extends Job {

	/** The family of every experiment run, for tests and for cancelling them all. */
	public static final Object FAMILY = ExperimentJob.class;

	private static final long POLL_MILLIS = 100;

	private final IFile file;
	private final String experimentName;
	private final Supplier<Experiment> experiment;
	private final Simulation.Settings settings;
	private final boolean live;

	/** A run the user asked for: shown in the progress dialog; a failure is an error dialog. */
	public ExperimentJob(IFile file, Experiment experiment, Simulation.Settings settings) {
		this(file, experiment.getName(), () -> experiment, settings, false);
		setUser(true);
	}

	private ExperimentJob(IFile file, String experimentName, Supplier<Experiment> experiment, Simulation.Settings settings,
			boolean live) {
		super((live ? "Live results: " : "Running experiment ") + experimentName + " of " + file.getName());
		this.file = file;
		this.experimentName = experimentName;
		this.experiment = experiment;
		this.settings = settings;
		this.live = live;
	}

	/**
	 * A live re-run after a save: the model is read again from disk when the job starts, failures only go to the
	 * console (the Problems view already shows what is wrong).
	 */
	static ExperimentJob live(IFile file, String experimentName, Simulation.Settings settings) {
		return new ExperimentJob(file, experimentName, () -> reload(file, experimentName), settings, true);
	}

	public boolean isLive() {
		return live;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		progress.subTask("Generating and compiling the model");
		Path model = file.getLocation().toFile().toPath();
		Experiment experiment = this.experiment.get();
		if (experiment == null) {
			return failed("live results wait for a model without errors");
		}
		Simulation simulation;
		try {
			simulation = Simulation.prepare(model, experiment, settings, phase -> progress.worked(5));
		} catch (RunBound.TooLarge e) {
			return failed("caretwin: " + e.getMessage());
		} catch (RuntimeException e) {
			return failed("the model cannot run: " + OneLine.of(e.getMessage()));
		}
		if (progress.isCanceled()) {
			return cancelled();
		}
		CareConsole.println("Running " + simulation.command());
		ExperimentPlan plan = simulation.plan();
		int total = plan.scenarios().size() * plan.replications();
		SubMonitor replications = progress.split(90).setWorkRemaining(total);
		AtomicInteger done = new AtomicInteger();
		ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "caretwin-experiment"));
		try {
			// The charts' details, the trace and the diagram's replay replay replication 0: on the worker too, so Cancel still returns at once.
			Future<ExperimentRun> running = worker.submit(() -> {
				ExperimentResult result = simulation.run(done::set);
				ScenarioDetails details = simulation.details();
				return new ExperimentRun(file, result, details, simulation.trace(ExperimentRun.TRACED_PATIENTS),
						simulation.replay(), simulation.command(), () -> simulation.htmlReport(result, details, version()));
			});
			long start = System.nanoTime();
			int reported = 0;
			while (true) {
				try {
					ExperimentRun run = running.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
					CareConsole.print(out -> ConsoleReport.print(run.result(), out));
					ExperimentRuns.publish(run);
					if (!live) {
						ResultsView.reveal();
					}
					return Status.OK_STATUS;
				} catch (TimeoutException stillRunning) {
					if (monitor.isCanceled()) {
						// Interrupts the runner: replications in progress end, none starts.
						running.cancel(true);
						return cancelled();
					}
					int finished = done.get();
					replications.worked(finished - reported);
					reported = finished;
					replications.subTask(describe(finished, total, System.nanoTime() - start));
				}
			}
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			return failed("the model cannot run: " + OneLine.of(cause.getMessage() == null ? cause.toString() : cause.getMessage()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return cancelled();
		} finally {
			worker.shutdownNow();
			monitor.done();
		}
	}

	/** The version the reports name, as the command line's: the release without the build qualifier. */
	private static String version() {
		Version v = FrameworkUtil.getBundle(ExperimentJob.class).getVersion();
		return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
	}

	/** "12/90 replications, about 4 s left". */
	static String describe(int finished, int total, long elapsedNanos) {
		String text = finished + "/" + total + " replications";
		if (finished == 0) {
			return text;
		}
		double left = elapsedNanos / 1e9 / finished * (total - finished);
		return text + String.format(Locale.ROOT, ", about %.0f s left", Math.ceil(left));
	}

	/** The experiment of that name in the file as it is on disk now; null when the model has errors or lost it. */
	private static Experiment reload(IFile file, String name) {
		return ModelExperiments.of(file).named(name).orElse(null);
	}

	private IStatus cancelled() {
		CareConsole.println("Experiment " + experimentName + " cancelled; nothing was written.");
		return Status.CANCEL_STATUS;
	}

	private IStatus failed(String message) {
		CareConsole.println(file.getName() + ": " + message);
		// A live run is not something the user started: no error dialog, no entry in the error log.
		return live ? Status.OK_STATUS : Status.error(file.getName() + ": " + message);
	}
}
