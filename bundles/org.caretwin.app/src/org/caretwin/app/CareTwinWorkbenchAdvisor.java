package org.caretwin.app;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.core.runtime.IBundleGroupProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** Configures the workbench: the CareTwin perspective, IDE adapters, and the examples project on first start. */
public class CareTwinWorkbenchAdvisor extends WorkbenchAdvisor {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// Project Explorer and markers need the IDE's resource adapters in a custom RCP application.
		IDE.registerAdapters();
		declareProjectImages(configurer);
		FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(IBundleGroupProvider.class, new CareTwinFeatures(), null);
		configurer.setSaveAndRestore(true);
	}

	/**
	 * The project images the IDE's own advisor declares; without them projects have no icon and a project with a
	 * nature image fails to paint in the Project Explorer.
	 */
	private static void declareProjectImages(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle(IDE_BUNDLE);
		configurer.declareImage(IDE.SharedImages.IMG_OBJ_PROJECT,
				ImageDescriptor.createFromURL(FileLocator.find(ide, IPath.fromPortableString("icons/full/obj16/prj_obj.png"))), true);
		configurer.declareImage(IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED,
				ImageDescriptor.createFromURL(FileLocator.find(ide, IPath.fromPortableString("icons/full/obj16/cprj_obj.png"))), true);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new CareTwinWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return CareTwinPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postStartup() {
		ExamplesProjectImporter.scheduleIfConfigured();
	}

	@Override
	public boolean preShutdown() {
		// Save the workspace tree so markers and imported projects survive a restart.
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (org.eclipse.core.runtime.CoreException e) {
			org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
		}
		return true;
	}
}
