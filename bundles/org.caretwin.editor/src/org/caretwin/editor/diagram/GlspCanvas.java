package org.caretwin.editor.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.glsp.GlspConnection;
import org.caretwin.diagram.glsp.PathwayClientPage;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * The Diagram page's editing canvas: GLSP's own client (palette, drag to move, drag a flow from a node, F2 to rename,
 * Delete) in a browser, connected to the workbench's pathway diagram server in this process. Its edits are made in
 * the editor's document, like the page's buttons; the browser and the server trade JSON strings, nothing else.
 */
final class GlspCanvas {

	private final Browser browser;
	private final GlspConnection connection;
	private final List<String> pending = new ArrayList<>();
	private boolean loaded;

	/** @param onSelect called with the id of the element selected on the canvas (the first), or null for none */
	GlspCanvas(Composite parent, IFile file, LaneMode lanes, Consumer<String> onSelect) {
		browser = new Browser(parent, SWT.NONE);
		Display display = parent.getDisplay();
		connection = WorkbenchDiagrams.connect(message -> display.asyncExec(() -> run("caretwinGlspReceive(" + Js.string(message) + ")")));
		new BrowserFunction(browser, "caretwinGlspSend") {
			@Override
			public Object function(Object[] arguments) {
				if (arguments.length == 1 && arguments[0] instanceof String message) {
					connection.receive(message);
				}
				return null;
			}
		};
		new BrowserFunction(browser, "caretwinGlspSelected") {
			@Override
			public Object function(Object[] arguments) {
				if (arguments.length == 1 && arguments[0] instanceof String ids) {
					onSelect.accept(ids.lines().findFirst().orElse(null));
				}
				return null;
			}
		};
		browser.addProgressListener(new ProgressAdapter() {
			@Override
			public void completed(ProgressEvent event) {
				browser.execute("caretwinGlspStart(" + Js.string(file.getLocation().toFile().toURI().toString()) + ", "
						+ Js.string(lanes.keyword()) + ")");
				loaded = true;
				pending.forEach(browser::execute);
				pending.clear();
			}
		});
		browser.addDisposeListener(e -> connection.close());
		browser.setText(PathwayClientPage.html());
	}

	Browser browser() {
		return browser;
	}

	/** The text changed (typed, undone): the server draws it again; the client keeps its zoom. */
	void textChanged() {
		run("window.caretwinGlspTextChanged && window.caretwinGlspTextChanged()");
	}

	/** Selects the element {@code id} on the canvas, or nothing for null. */
	void select(String id) {
		run("window.caretwinGlspSelect && window.caretwinGlspSelect(" + (id == null ? "null" : Js.string(id)) + ")");
	}

	/** Zooms so that the whole diagram is visible (never beyond 100%). */
	void fit() {
		run("window.caretwinGlspFit && window.caretwinGlspFit()");
	}

	private void run(String script) {
		if (browser.isDisposed()) {
			return;
		}
		if (loaded) {
			browser.execute(script);
		} else {
			pending.add(script);
		}
	}

	void dispose() {
		browser.dispose();
	}
}
