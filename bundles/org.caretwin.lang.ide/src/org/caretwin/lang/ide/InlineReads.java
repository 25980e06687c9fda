package org.caretwin.lang.ide;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;

/**
 * A language server access for code that already runs inside a read request: its reads run at once on the
 * caller's thread rather than as new requests queued behind pending writes.
 */
final class InlineReads implements ILanguageServerAccess {

	private final ILanguageServerAccess server;

	InlineReads(ILanguageServerAccess server) {
		this.server = server;
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		try {
			return CompletableFuture.completedFuture(server.doSyncRead(uri, function));
		} catch (RuntimeException e) {
			return CompletableFuture.failedFuture(e);
		}
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		return server.doSyncRead(uri, function);
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		return server.doReadIndex(function);
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		server.addBuildListener(listener);
	}

	@Override
	public void removeBuildListener(IBuildListener listener) {
		server.removeBuildListener(listener);
	}

	@Override
	public LanguageClient getLanguageClient() {
		return server.getLanguageClient();
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return server.newLiveScopeResourceSet(uri);
	}

	@Override
	public InitializeParams getInitializeParams() {
		return server.getInitializeParams();
	}

	@Override
	public InitializeResult getInitializeResult() {
		return server.getInitializeResult();
	}
}
