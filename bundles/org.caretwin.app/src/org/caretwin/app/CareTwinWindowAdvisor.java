package org.caretwin.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Window size, toolbar, status line and the title "CareTwin &lt;version&gt;". */
class CareTwinWindowAdvisor extends WorkbenchWindowAdvisor {

	CareTwinWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new CareTwinActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 860));
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		// The toolbar holds Run Experiment and the platform's Run button with its history.
		configurer.setShowCoolBar(true);
		configurer.setTitle(ProductInfo.title());
	}
}
