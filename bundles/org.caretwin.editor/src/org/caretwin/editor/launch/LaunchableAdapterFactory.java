package org.caretwin.editor.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.ILaunchable;

/** Run As appears on what adapts to {@link ILaunchable}: .care files, whose shortcut is CareTwin Experiment. */
public class LaunchableAdapterFactory implements IAdapterFactory {

	private static final ILaunchable LAUNCHABLE = new ILaunchable() {
	};

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == ILaunchable.class && adaptable instanceof IFile file && "care".equals(file.getFileExtension())) {
			return adapterType.cast(LAUNCHABLE);
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { ILaunchable.class };
	}
}
