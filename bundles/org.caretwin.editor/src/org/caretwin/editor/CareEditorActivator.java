package org.caretwin.editor;

import org.caretwin.editor.lsp.CareLanguageServer;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Stops the language server with the bundle (the workbench shuts down its bundles on exit). */
public class CareEditorActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
	}

	@Override
	public void stop(BundleContext context) {
		CareLanguageServer.shutdown();
	}
}
