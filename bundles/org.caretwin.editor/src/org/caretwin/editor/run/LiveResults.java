package org.caretwin.editor.run;

import java.util.concurrent.atomic.AtomicBoolean;

import org.caretwin.editor.preferences.CarePreferences;
import org.caretwin.experiment.RunBound;
import org.caretwin.experiment.Simulation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Live results: with the preference on, saving a file of the model last run re-runs its experiment with the
 * preference's few replications, cancelling a live run still in progress; the result views refresh when it ends.
 */
public final class LiveResults implements IResourceChangeListener {

	private static final LiveResults INSTANCE = new LiveResults();

	private ExperimentJob running;

	private LiveResults() {
	}

	public static void start() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(INSTANCE, IResourceChangeEvent.POST_CHANGE);
	}

	public static void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(INSTANCE);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (!CarePreferences.store().getBoolean(CarePreferences.LIVE) || ExperimentRuns.latest().isEmpty()) {
			return;
		}
		ExperimentRun last = ExperimentRuns.latest().get();
		if (userRunInProgress() || !modelChanged(event.getDelta(), last.file())) {
			return;
		}
		rerun(last);
	}

	private synchronized void rerun(ExperimentRun last) {
		if (running != null) {
			running.cancel();
		}
		int replications = Math.max(2, CarePreferences.store().getInt(CarePreferences.DEFAULT_REPLICATIONS));
		running = ExperimentJob.live(last.file(), last.result().plan().name(), new Simulation.Settings(replications, null, null,
				Runtime.getRuntime().availableProcessors(), RunBound.DEFAULT_MAX_EVENTS));
		running.schedule();
	}

	/** True when a .care file of the folder of {@code model} changed its content (or appeared, or went). */
	private static boolean modelChanged(IResourceDelta delta, IFile model) {
		if (delta == null) {
			return false;
		}
		AtomicBoolean changed = new AtomicBoolean();
		try {
			delta.accept(d -> {
				if (d.getResource() instanceof IFile file && "care".equals(file.getFileExtension())
						&& file.getParent().equals(model.getParent())
						&& (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & IResourceDelta.CONTENT) != 0)) {
					changed.set(true);
				}
				return !changed.get();
			});
		} catch (CoreException e) {
			ILog.of(LiveResults.class).log(e.getStatus());
		}
		return changed.get();
	}

	/** A run the user started is not overtaken by a live one (its own save would otherwise start one). */
	private static boolean userRunInProgress() {
		for (Job job : Job.getJobManager().find(ExperimentJob.FAMILY)) {
			if (job instanceof ExperimentJob run && !run.isLive()) {
				return true;
			}
		}
		return false;
	}
}
