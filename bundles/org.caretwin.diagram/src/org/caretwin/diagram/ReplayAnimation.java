package org.caretwin.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The script and style that animate a replay of one replication on a pathway diagram (a bar with play, a time slider
 * and a speed; on each step the patients waiting and in session), shared by the IDE's Diagram page and the HTML
 * report so both show it alike, offline. The page calls {@code caretwinReplay.load(replay)} with a replay's JSON.
 */
public final class ReplayAnimation {

	private ReplayAnimation() {
	}

	public static String script() {
		return resource("replay/replay.js");
	}

	public static String style() {
		return resource("replay/replay.css");
	}

	/** The elements that animate {@code replayJson} on the diagram above them in a static page (the HTML report). */
	public static String html(String replayJson) {
		return "<style>" + style() + "</style>\n<script>" + script() + "\ncaretwinReplay.load(" + replayJson + ");</script>\n";
	}

	private static String resource(String name) {
		try (InputStream in = ReplayAnimation.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("the diagram bundle lacks " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException("the diagram bundle lacks " + name, e);
		}
	}
}
