package org.caretwin.editor.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.caretwin.diagram.ReplayAnimation;
import org.caretwin.diagram.marks.NodeMark;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.widgets.Composite;
import org.osgi.framework.FrameworkUtil;

/**
 * The diagram page's browser: one HTML page (its script and style from the bundle, nothing fetched) whose SVG is
 * replaced on every update, so zoom and scroll survive typing. Calls made before the page has loaded wait for it.
 */
final class DiagramView {

	private final Browser browser;
	private final List<String> pending = new ArrayList<>();
	private boolean loaded;

	/** @param onSelect called with a node's id when it is clicked; {@code onPng} with a PNG data URL, or null */
	DiagramView(Composite parent, Consumer<String> onSelect, Consumer<String> onPng) {
		browser = new Browser(parent, SWT.NONE);
		new Callback(browser, "careSelect", onSelect);
		new Callback(browser, "carePng", onPng);
		browser.addProgressListener(new ProgressAdapter() {
			@Override
			public void completed(ProgressEvent event) {
				loaded = true;
				pending.forEach(browser::execute);
				pending.clear();
			}
		});
		browser.setText(page());
	}

	Browser browser() {
		return browser;
	}

	/** The page calls {@code target} with a string through the JavaScript function {@code name}. */
	void on(String name, Consumer<String> target) {
		new Callback(browser, name, target);
	}

	/** In connect mode a drag from node to node draws a flow; otherwise it moves the node. */
	void connect(boolean on) {
		run("caretwin.connect(" + on + ")");
	}

	void show(String svg) {
		run("caretwin.show(" + Js.string(withoutXmlDeclaration(svg)) + ")");
	}

	void banner(String text) {
		run("caretwin.banner(" + Js.string(text) + ")");
	}

	void mark(List<NodeMark> marks) {
		run("caretwin.mark(" + Js.marks(marks) + ")");
	}

	void highlight(String nodeId) {
		run("caretwin.highlight(" + Js.string(nodeId) + ")");
	}

	void fit() {
		run("caretwin.fit()");
	}

	void zoom(double factor) {
		run("caretwin.zoom(" + factor + ")");
	}

	/** Hands the page the frames of a replay (its JSON), which it animates on the diagram. */
	void replay(String json) {
		run("caretwinReplay.load(" + json + ")");
	}

	void requestPng() {
		run("caretwin.png()");
	}

	private void run(String script) {
		if (loaded) {
			browser.execute(script);
		} else {
			pending.add(script);
		}
	}

	/** Inline SVG in HTML takes no XML declaration. */
	private static String withoutXmlDeclaration(String svg) {
		return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg;
	}

	private static String page() {
		return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>" + resource("web/diagram.css")
				+ ReplayAnimation.style()
				+ "</style></head><body><div id=\"banner\"></div><div id=\"scroller\"><div id=\"canvas\"></div></div><script>"
				+ resource("web/diagram.js") + ReplayAnimation.script() + "</script></body></html>";
	}

	private static String resource(String path) {
		try (InputStream in = FrameworkUtil.getBundle(DiagramView.class).getEntry(path).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException | NullPointerException e) {
			throw new IllegalStateException("the editor bundle lacks " + path, e);
		}
	}

	/** A JavaScript function that hands its first argument (a string, or null) to Java. */
	private static final class Callback extends BrowserFunction {

		private final Consumer<String> target;

		Callback(Browser browser, String name, Consumer<String> target) {
			super(browser, name);
			this.target = target;
		}

		@Override
		public Object function(Object[] arguments) {
			String value = arguments.length > 0 && arguments[0] instanceof String s ? s : null;
			// Later, outside the script: the target may open editors or dialogs, which must not run inside it.
			getBrowser().getDisplay().asyncExec(() -> target.accept(value));
			return null;
		}
	}
}
