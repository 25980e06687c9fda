package org.caretwin.diagram.glsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page of the pathway diagram's GLSP client as one HTML text, its script and style sheet inlined, for a browser
 * widget that shows a text rather than a location. The client (bundled by the build from npm) connects through the
 * page functions {@code caretwinGlspSend} (to be provided by the host) and {@code caretwinGlspReceive}, and starts
 * with {@code caretwinGlspStart(sourceUri, lanes)}.
 */
public final class PathwayClientPage {

	private static final String FOLDER = "client/";

	private PathwayClientPage() {
	}

	public static String html() {
		return resource("pathway-glsp.html")
				.replace("<link rel=\"stylesheet\" href=\"pathway-glsp.css\">", "<style>" + resource("pathway-glsp.css") + "</style>")
				.replace("<script src=\"pathway-glsp.js\"></script>", "<script>" + resource("pathway-glsp.js") + "</script>");
	}

	private static String resource(String name) {
		try (InputStream in = PathwayClientPage.class.getResourceAsStream(FOLDER + name)) {
			if (in == null) {
				throw new IllegalStateException("the diagram bundle lacks its client's " + name + ": build it with Maven");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
