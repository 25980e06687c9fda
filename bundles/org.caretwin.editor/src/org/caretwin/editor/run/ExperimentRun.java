package org.caretwin.editor.run;

import org.caretwin.experiment.ExperimentResult;
import org.eclipse.core.resources.IFile;

/**
 * A finished run of one experiment in the workbench: the model file it came from, its result and the command line
 * that gives the same numbers outside the IDE.
 */
public record ExperimentRun(IFile file, ExperimentResult result, String command) {
}
