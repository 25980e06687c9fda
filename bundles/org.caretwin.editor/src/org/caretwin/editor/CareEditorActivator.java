package org.caretwin.editor;

import org.caretwin.editor.lsp.CareLanguageServer;
import org.caretwin.editor.run.LiveResults;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Starts live results with the bundle; stops them and the language server with it (on exit). */
public class CareEditorActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		LiveResults.start();
	}

	@Override
	public void stop(BundleContext context) {
		LiveResults.stop();
		CareLanguageServer.shutdown();
	}
}
