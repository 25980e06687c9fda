package org.caretwin.editor.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.caretwin.editor.run.ExperimentRun;
import org.caretwin.experiment.ChartPage;
import org.caretwin.experiment.ChartSpecs;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Label;

/**
 * The charts of a run in an embedded browser: the page of {@link ChartPage}, with the specs of {@link ChartSpecs} and
 * the chart libraries of the experiment bundle, the same charts as the HTML report. Vega draws them, so Vega also
 * gives them back as SVG or PNG for export.
 */
final class ChartsTab {

	/** The files an export wrote and the charts it could not write, with why. */
	record Export(List<Path> written, List<String> failed) {
	}

	private static final String CALLBACK = "caretwinChartExported";
	/** An export gives up on charts that have not answered by then (a chart that never finished drawing). */
	private static final int EXPORT_TIMEOUT_MILLIS = 15_000;

	private final Browser browser;
	private List<ChartSpecs.Chart> charts = List.of();
	private PendingExport pending;

	ChartsTab(CTabFolder tabs) {
		CTabItem tab = new CTabItem(tabs, SWT.NONE);
		tab.setText("Charts");
		browser = create(tabs);
		if (browser == null) {
			Label missing = new Label(tabs, SWT.WRAP);
			missing.setText("Charts need the system's web browser component (on Linux WebKitGTK 4.1), which is not available. "
					+ "The HTML report (caretwin simulate --html) has the same charts.");
			tab.setControl(missing);
		} else {
			tab.setControl(browser);
			new BrowserFunction(browser, CALLBACK) {
				@Override
				public Object function(Object[] arguments) {
					if (pending != null && arguments.length == 2 && arguments[0] instanceof Number index) {
						pending.received(index.intValue(), arguments[1] instanceof String data ? data : null);
					}
					return null;
				}
			};
		}
	}

	private static Browser create(CTabFolder tabs) {
		try {
			return new Browser(tabs, SWT.NONE);
		} catch (SWTError noBrowser) {
			return null;
		}
	}

	void show(ExperimentRun run) {
		if (browser != null) {
			charts = ChartSpecs.all(run.result(), run.details());
			browser.setText(ChartPage.page(charts));
		}
	}

	boolean canExport() {
		return browser != null && !charts.isEmpty();
	}

	/**
	 * Writes every chart on show into {@code folder}, one file each named after its title, as SVG or as PNG; then,
	 * on the UI thread, tells {@code done} what was written.
	 */
	void export(Path folder, boolean svg, Consumer<Export> done) {
		if (!canExport()) {
			done.accept(new Export(List.of(), List.of("no charts on show")));
			return;
		}
		PendingExport export = new PendingExport(folder, svg, List.copyOf(charts), done);
		pending = export;
		Object count = browser.evaluate(ChartPage.exportScript(CALLBACK, svg));
		if (!(count instanceof Number n) || n.intValue() == 0) {
			export.finish();
			return;
		}
		browser.getDisplay().timerExec(EXPORT_TIMEOUT_MILLIS, export::finish);
	}

	/** The browser showing the charts, or {@code null} without one; for tests. */
	Browser browser() {
		return browser;
	}

	/** {@code 02-utilisation-over-time}: the chart's place and title, safe in any file system. */
	static String fileName(int index, String title) {
		String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-$", "");
		}
		return String.format(Locale.ROOT, "%02d-%s", index + 1, slug.isEmpty() ? "chart" : slug);
	}

	/** One export waiting for the browser's answers. */
	private final class PendingExport {
		private final Path folder;
		private final boolean svg;
		private final List<ChartSpecs.Chart> exported;
		private final Consumer<Export> done;
		private final List<Path> written = new ArrayList<>();
		private final List<String> failed = new ArrayList<>();
		private int answers;
		private boolean finished;

		PendingExport(Path folder, boolean svg, List<ChartSpecs.Chart> exported, Consumer<Export> done) {
			this.folder = folder;
			this.svg = svg;
			this.exported = exported;
			this.done = done;
		}

		void received(int index, String data) {
			if (finished || index < 0 || index >= exported.size()) {
				return;
			}
			String title = exported.get(index).title();
			if (data == null) {
				failed.add(title + ": not drawn");
			} else {
				try {
					written.add(write(fileName(index, title) + (svg ? ".svg" : ".png"), bytes(data)));
				} catch (IOException | IllegalArgumentException e) {
					failed.add(title + ": " + e.getMessage());
				}
			}
			if (++answers == exported.size()) {
				finish();
			}
		}

		private byte[] bytes(String data) {
			if (svg) {
				return data.getBytes(StandardCharsets.UTF_8);
			}
			int comma = data.indexOf(',');
			if (!data.startsWith("data:image/png;base64,") || comma < 0) {
				throw new IllegalArgumentException("the browser gave no PNG");
			}
			return Base64.getDecoder().decode(data.substring(comma + 1));
		}

		/** Into a temporary file first, so a failed export leaves no half-written chart. */
		private Path write(String name, byte[] content) throws IOException {
			Files.createDirectories(folder);
			Path target = folder.resolve(name);
			Path partial = Files.createTempFile(folder, ".chart", ".part");
			try {
				Files.write(partial, content);
				return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(partial);
			}
		}

		void finish() {
			if (finished) {
				return;
			}
			finished = true;
			if (pending == this) {
				pending = null;
			}
			int missing = exported.size() - answers;
			if (missing > 0) {
				failed.add(missing + " chart(s) did not answer in time");
			}
			done.accept(new Export(List.copyOf(written), List.copyOf(failed)));
		}
	}
}
