package org.caretwin.editor.run;

import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ScenarioDetails;
import org.eclipse.core.resources.IFile;

/**
 * A finished run of one experiment in the workbench: the model file it came from, its result, the sizing and replay
 * details its charts show, and the command line that gives the same numbers outside the IDE.
 */
public record ExperimentRun(IFile file, ExperimentResult result, ScenarioDetails details, String command) {
}
