package org.caretwin.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A GLSP client as a browser page is one: it speaks the protocol's JSON-RPC over a {@link GlspConnection}, opens a
 * session on a file and reads the actions the server sends, so the tests see exactly what a client would.
 */
final class GlspTestClient implements AutoCloseable {

	static final String SESSION = "test-session";
	private static final List<String> CLIENT_ACTIONS = List.of("setModel", "updateModel", "setMarkers", "deleteMarkers",
			"message", "status", "setDirtyState", "setTypeHints", "setContextActions", "startProgress", "endProgress",
			"setEditValidationResult", "setEditMode");

	private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
	private final GlspConnection connection;
	private int nextId;

	GlspTestClient(PathwayDocuments documents) {
		connection = new GlspConnection(documents, text -> received.add(JsonParser.parseString(text).getAsJsonObject()));
	}

	/** Initializes the server and a session of the pathway diagram type, as a client does on start. */
	GlspTestClient start() throws InterruptedException {
		JsonObject init = new JsonObject();
		init.addProperty("applicationId", "caretwin-tests");
		init.addProperty("protocolVersion", "1.0.0");
		request("initialize", init);
		JsonObject session = new JsonObject();
		session.addProperty("clientSessionId", SESSION);
		session.addProperty("diagramType", PathwayDiagramModule.DIAGRAM_TYPE);
		JsonArray kinds = new JsonArray();
		CLIENT_ACTIONS.forEach(kinds::add);
		session.add("clientActionKinds", kinds);
		request("initializeClientSession", session);
		return this;
	}

	/** Sends a request and returns its result once answered. */
	JsonObject request(String method, JsonObject params) throws InterruptedException {
		int id = ++nextId;
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("id", id);
		message.addProperty("method", method);
		message.add("params", params);
		connection.receive(message.toString());
		JsonObject response = next(m -> m.has("id") && m.get("id").getAsInt() == id);
		if (response.has("error")) {
			throw new AssertionError(method + " failed: " + response.get("error"));
		}
		return response;
	}

	/** Sends {@code action} to the session. */
	void send(JsonObject action) {
		JsonObject params = new JsonObject();
		params.addProperty("clientId", SESSION);
		params.add("action", action);
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", "process");
		message.add("params", params);
		connection.receive(message.toString());
	}

	/** The next status the server sends with {@code severity} (actions before it are dropped). */
	JsonObject status(String severity) throws InterruptedException {
		JsonObject message = next(m -> "process".equals(stringOf(m, "method"))
				&& "status".equals(m.getAsJsonObject("params").getAsJsonObject("action").get("kind").getAsString())
				&& severity.equals(m.getAsJsonObject("params").getAsJsonObject("action").get("severity").getAsString()));
		return message.getAsJsonObject("params").getAsJsonObject("action");
	}

	/** The next action of {@code kind} the server sends (those before it are dropped). */
	JsonObject action(String kind) throws InterruptedException {
		JsonObject message = next(m -> "process".equals(stringOf(m, "method"))
				&& kind.equals(m.getAsJsonObject("params").getAsJsonObject("action").get("kind").getAsString()));
		return message.getAsJsonObject("params").getAsJsonObject("action");
	}

	/** Asks for the model of {@code file} and returns its root. */
	JsonObject open(java.nio.file.Path file, String lanes) throws InterruptedException {
		JsonObject options = new JsonObject();
		options.addProperty("sourceUri", file.toUri().toString());
		options.addProperty("diagramType", PathwayDiagramModule.DIAGRAM_TYPE);
		if (lanes != null) {
			options.addProperty("lanes", lanes);
		}
		JsonObject request = new JsonObject();
		request.addProperty("kind", "requestModel");
		request.addProperty("requestId", "open-" + (++nextId));
		request.add("options", options);
		send(request);
		return action("setModel").getAsJsonObject("newRoot");
	}

	private JsonObject next(java.util.function.Predicate<JsonObject> wanted) throws InterruptedException {
		List<JsonObject> skipped = new ArrayList<>();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline) {
			JsonObject message = received.poll(100, TimeUnit.MILLISECONDS);
			if (message != null && wanted.test(message)) {
				return message;
			}
			if (message != null) {
				skipped.add(message);
			}
		}
		assertNotNull(null, "no such message from the server; it sent " + skipped);
		return null;
	}

	private static String stringOf(JsonObject object, String member) {
		return object.has(member) ? object.get(member).getAsString() : null;
	}

	@Override
	public void close() {
		connection.close();
	}
}
