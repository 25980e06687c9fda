package org.caretwin.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The browser builds of Vega, Vega-Lite and vega-embed that the build copies into this bundle (from the npm package
 * in {@code charts/}), as one script to inline: pages with charts fetch nothing.
 */
final class ChartLibraries {

	/** In the order they need each other. */
	private static final String[] FILES = { "vega.min.js", "vega-lite.min.js", "vega-embed.min.js" };

	private static String script;

	private ChartLibraries() {
	}

	/** The three libraries, each on its own lines. */
	static synchronized String script() {
		if (script == null) {
			StringBuilder text = new StringBuilder();
			for (String file : FILES) {
				text.append(read(file)).append('\n');
			}
			// Inside an inline <script>, "</script" would end the element early; "<\/" means the same in JavaScript.
			script = text.toString().replace("</script", "<\\/script");
		}
		return script;
	}

	private static String read(String file) {
		try (InputStream in = ChartLibraries.class.getResourceAsStream("charts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("chart library charts/" + file + " is missing from the bundle: build it with Maven");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
