package org.caretwin.editor.run;

import java.util.function.Supplier;

import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.Replay;
import org.caretwin.experiment.ScenarioDetails;
import org.caretwin.experiment.Trace;
import org.eclipse.core.resources.IFile;

/**
 * A finished run of one experiment in the workbench: the model file it came from, its result, the sizing and replay
 * details its charts show, the trace of its first patients, the replay of one replication the Diagram page animates,
 * the command line that gives the same numbers outside the IDE, and its HTML report, made when asked for (it inlines
 * the chart libraries: no need to build it for every live run).
 */
public record ExperimentRun(IFile file, ExperimentResult result, ScenarioDetails details, Trace trace, Replay replay,
		String command, Supplier<String> htmlReport) {

	/** Patients kept in the trace of a run: enough to follow, few enough to keep the memory small on any model. */
	public static final int TRACED_PATIENTS = 200;
}
