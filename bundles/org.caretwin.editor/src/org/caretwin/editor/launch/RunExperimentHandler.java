package org.caretwin.editor.launch;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Run Experiment on a .care file (selected, or in the active editor): the same launch as Run As &gt; CareTwin
 * Experiment, so both run, and remember in the launch history, one configuration per file.
 */
public class RunExperimentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ExperimentLaunchShortcut shortcut = new ExperimentLaunchShortcut();
		IResource file = shortcut.getLaunchableResource(HandlerUtil.getCurrentSelection(event));
		if (file == null) {
			file = shortcut.getLaunchableResource(HandlerUtil.getActiveEditor(event));
		}
		if (file instanceof IFile careFile) {
			shortcut.launch(careFile, ILaunchManager.RUN_MODE);
		}
		return null;
	}
}
