package org.caretwin.editor.diagram;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.caretwin.diagram.LaneMode;
import org.caretwin.experiment.ExperimentResult;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Rebuilds the diagram of a document's text off the UI thread, at most one build at a time: a change waits
 * {@link #DELAY_MS} for the next keystroke, and a result older than the text it was made from is dropped.
 */
final class DiagramRebuild {

	static final int DELAY_MS = 300;

	private final Display display;
	private final Path file;
	private final Supplier<String> text;
	private final Supplier<LaneMode> lanes;
	private final Supplier<ExperimentResult> measured;
	private final Consumer<DiagramSnapshot> onResult;
	private final Runnable fire = this::start;
	private int requested;
	private boolean disposed;

	/** @param onResult runs on the UI thread with each up-to-date snapshot */
	DiagramRebuild(Display display, Path file, Supplier<String> text, Supplier<LaneMode> lanes,
			Supplier<ExperimentResult> measured, Consumer<DiagramSnapshot> onResult) {
		this.measured = measured;
		this.display = display;
		this.file = file;
		this.text = text;
		this.lanes = lanes;
		this.onResult = onResult;
	}

	/** After the text changed: builds once typing pauses. */
	void later() {
		requested++;
		display.timerExec(DELAY_MS, fire);
	}

	/** Builds now (opening, another lane mode). */
	void now() {
		requested++;
		display.timerExec(-1, fire);
		start();
	}

	void dispose() {
		disposed = true;
		display.timerExec(-1, fire);
	}

	private void start() {
		if (disposed) {
			return;
		}
		int generation = requested;
		String content = text.get();
		LaneMode mode = lanes.get();
		ExperimentResult result = measured.get();
		Job job = Job.create("Drawing the diagram of " + file.getFileName(), (IProgressMonitor monitor) -> {
			DiagramSnapshot snapshot = DiagramSnapshot.of(file, content, mode, result);
			display.asyncExec(() -> {
				if (!disposed && generation == requested) {
					onResult.accept(snapshot);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setRule(ONE_AT_A_TIME);
		job.schedule();
	}

	private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};
}
