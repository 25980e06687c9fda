package org.caretwin.editor.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.caretwin.lang.ide.CareLanguageServers;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * The one Xtext language server of the workbench, in-process, called directly with LSP4J objects.
 * <p>
 * Every call goes through one thread, in the order it was made: a completion asked for after a keystroke must
 * reach the server after the change it completes. The server answers asynchronously, so that thread never waits.
 */
public final class CareLanguageServer {

	private static final ILog LOG = ILog.of(CareLanguageServer.class);
	private static CareLanguageServer instance;

	private final ExecutorService calls = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "CareTwin language server calls");
		thread.setDaemon(true);
		return thread;
	});
	private final WorkspaceFolders folders = new WorkspaceFolders(this);
	private LanguageServerImpl server;

	private CareLanguageServer() {
	}

	/** The server, started on first use with the workspace root and its open projects. */
	public static synchronized CareLanguageServer get() {
		if (instance == null) {
			instance = new CareLanguageServer();
			instance.start();
		}
		return instance;
	}

	public static synchronized boolean isRunning() {
		return instance != null;
	}

	public static synchronized void shutdown() {
		if (instance != null) {
			instance.stop();
			instance = null;
		}
	}

	/** Sends a notification after every call made before it. */
	public void notify(Consumer<LanguageServerImpl> notification) {
		calls.execute(() -> {
			if (server != null) {
				try {
					notification.accept(server);
				} catch (RuntimeException e) {
					LOG.error("Language server notification failed", e);
				}
			}
		});
	}

	/** Sends a request after every call made before it; the future completes with the server's answer. */
	public <T> CompletableFuture<T> request(Function<LanguageServerImpl, CompletableFuture<T>> request) {
		return CompletableFuture.supplyAsync(() -> {
			if (server == null) {
				throw new IllegalStateException("The CareTwin language server did not start (see the error log)");
			}
			return request.apply(server);
		}, calls).thenCompose(Function.identity());
	}

	/** Completes when every call made before has been handed to the server and answered. */
	public CompletableFuture<Void> barrier() {
		return request(s -> CompletableFuture.completedFuture(null));
	}

	private void start() {
		List<WorkspaceFolder> initialFolders = folders.startTracking();
		calls.execute(() -> initialize(initialFolders));
	}

	private void initialize(List<WorkspaceFolder> initialFolders) {
		try {
			LanguageServerImpl created = CareLanguageServers.create();
			created.connect(new CareLanguageClient());
			created.initialize(initializeParams(initialFolders)).get(2, TimeUnit.MINUTES);
			created.initialized(new InitializedParams());
			server = created;
		} catch (Exception e) {
			LOG.error("The CareTwin language server could not start", e);
		}
	}

	private static InitializeParams initializeParams(List<WorkspaceFolder> workspaceFolders) {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setRootUri(Uris.of(ResourcesPlugin.getWorkspace().getRoot()));
		params.setWorkspaceFolders(workspaceFolders);
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		textDocument.setDocumentSymbol(symbols);
		params.setCapabilities(new ClientCapabilities(workspace, textDocument, null));
		return params;
	}

	private void stop() {
		folders.stopTracking();
		calls.execute(() -> {
			if (server != null) {
				try {
					// No exit(): Xtext's exit handler ends the JVM, which is the workbench's.
					server.shutdown().get(10, TimeUnit.SECONDS);
				} catch (Exception e) {
					// The workbench is closing; a server that does not answer has nothing left to save.
				}
			}
		});
		calls.shutdown();
		try {
			calls.awaitTermination(15, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
