package org.caretwin.editor.lsp;

import java.util.concurrent.CompletableFuture;

import org.caretwin.editor.markers.DiagnosticMarkers;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** What the language server tells the workbench: diagnostics become markers, messages go to the log. */
final class CareLanguageClient implements LanguageClient {

	private static final ILog LOG = ILog.of(CareLanguageClient.class);

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		DiagnosticMarkers.publish(diagnostics.getUri(), diagnostics.getDiagnostics());
	}

	@Override
	public void showMessage(MessageParams message) {
		logMessage(message);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		logMessage(request);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		// Xtext logs progress as Info/Log; only problems are worth the user's log.
		if (message.getType() == MessageType.Error || message.getType() == MessageType.Warning) {
			int severity = message.getType() == MessageType.Error ? IStatus.ERROR : IStatus.WARNING;
			LOG.log(new Status(severity, CareLanguageClient.class, "Language server: " + message.getMessage()));
		}
	}

	@Override
	public void telemetryEvent(Object object) {
	}
}
