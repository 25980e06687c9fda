package org.caretwin.editor.results;

import org.caretwin.editor.run.ExperimentRun;
import org.caretwin.experiment.ChartPage;
import org.caretwin.experiment.ChartSpecs;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Label;

/**
 * The charts of a run in an embedded browser: the page of {@link ChartPage}, with the specs of {@link ChartSpecs} and
 * the chart libraries of the experiment bundle, the same charts as the HTML report.
 */
final class ChartsTab {

	private final Browser browser;

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
			browser.setText(ChartPage.page(ChartSpecs.all(run.result(), run.details())));
		}
	}

	/** The browser showing the charts, or {@code null} without one; for tests. */
	Browser browser() {
		return browser;
	}
}
