package org.caretwin.diagram.glsp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * One client's connection to a pathway diagram server in this process: GLSP's JSON-RPC messages as strings, one
 * message per string, with no socket in between, for a client in a browser widget of the workbench (which hands
 * strings across) or a test. Each connection has its own server, as each socket connection of GLSP's launcher has.
 */
public final class GlspConnection implements AutoCloseable {

	private final GLSPServer server;
	private final MessageJsonHandler json;
	private final RemoteEndpoint endpoint;

	/**
	 * @param documents the texts sessions edit
	 * @param toClient  receives every message for the client, on the thread that sends it
	 */
	public GlspConnection(PathwayDocuments documents, Consumer<String> toClient) {
		Injector injector = Guice.createInjector(new PathwayServerModule(documents));
		server = injector.getInstance(GLSPServer.class);
		ServerGsonConfigurator gson = injector.getInstance(ServerGsonConfigurator.class);
		Map<String, JsonRpcMethod> methods = new LinkedHashMap<>(ServiceEndpoints.getSupportedMethods(GLSPServer.class));
		methods.putAll(ServiceEndpoints.getSupportedMethods(GLSPClient.class));
		json = new MessageJsonHandler(methods, gson::configureGsonBuilder);
		endpoint = new RemoteEndpoint(message -> toClient.accept(json.serialize(message)), ServiceEndpoints.toEndpoint(server));
		json.setMethodProvider(endpoint);
		server.connect(ServiceEndpoints.toServiceObject(endpoint, GLSPClient.class));
	}

	/** Takes one message from the client (a request, a notification or a response). */
	public void receive(String message) {
		Message parsed = json.parseMessage(message);
		endpoint.consume(parsed);
	}

	@Override
	public void close() {
		server.shutdown();
	}
}
