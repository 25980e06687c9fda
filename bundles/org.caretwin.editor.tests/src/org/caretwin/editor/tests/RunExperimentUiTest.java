package org.caretwin.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.caretwin.editor.results.ResultsView;
import org.caretwin.editor.run.CareConsole;
import org.caretwin.editor.run.ExperimentJob;
import org.caretwin.editor.run.ExperimentRun;
import org.caretwin.editor.run.ExperimentRuns;
import org.caretwin.editor.run.ModelExperiments;
import org.caretwin.editor.wizards.ProjectTemplate;
import org.caretwin.experiment.ChartPage;
import org.caretwin.experiment.ChartSpecs;
import org.caretwin.experiment.ResultRows;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.care.Experiment;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/**
 * Run Experiment in the workbench: the same numbers as {@code caretwin simulate}, shown in the result view with the
 * report's charts; Cancel stops.
 */
class RunExperimentUiTest {

	private static IFile queue() throws Exception {
		return Ui.project("runs", ProjectTemplate.TEXTBOOK_QUEUE).getFile("mmc.care");
	}

	private static Experiment experimentOf(IFile file) {
		return ModelExperiments.of(file).experiments().get(0);
	}

	private static Path path(IFile file) {
		return file.getLocation().toFile().toPath();
	}

	/** Runs the experiment of {@code file} with the Run Experiment command of its editor; the result view showing it. */
	private static ResultsView runFromTheEditor(IFile file) throws Exception {
		Ui.open(file);
		var before = ExperimentRuns.latest().orElse(null);
		Ui.page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.caretwin.editor.runExperiment", null);
		assertTrue(Ui.waitUntil(() -> ExperimentRuns.latest().orElse(null) != before
				&& Job.getJobManager().find(ExperimentJob.FAMILY).length == 0, 60_000), "the run did not finish");
		assertTrue(Ui.waitUntil(() -> Ui.page().findView(ResultsView.ID) != null
				&& Ui.page().isPartVisible(Ui.page().findView(ResultsView.ID)), 20_000), "the result view comes to the front");
		ResultsView view = (ResultsView) Ui.page().findView(ResultsView.ID);
		assertTrue(Ui.waitUntil(() -> view.shownRun() == ExperimentRuns.latest().orElse(null), 5_000), "the view shows the new run");
		return view;
	}

	@Test
	void runExperimentFromTheEditorShowsTheSimulatedNumbersInTheResultView() throws Exception {
		IFile file = queue();
		ResultsView view = runFromTheEditor(file);

		// What caretwin simulate computes for the same file, run apart from the workbench.
		Simulation simulation = Simulation.prepare(path(file), experimentOf(file), Simulation.Settings.asWritten(), phase -> {
		});
		List<ResultRows.Kpi> expected = ResultRows.kpis(simulation.run(done -> {
		}), "Baseline");
		TableItem[] items = view.kpiTable().getItems();
		assertEquals(expected.size(), items.length);
		for (int i = 0; i < items.length; i++) {
			assertEquals(expected.get(i).kpi(), items[i].getText(1));
			ResultRows.Kpi row = expected.get(i);
			if (row.isShare()) {
				assertEquals(ResultRows.percent(row.ci().mean()), items[i].getText(3), row.kpi());
				assertTrue(items[i].getText(4).startsWith("[" + ResultRows.percent(row.ci().low()) + ", "), items[i].getText(4));
			} else {
				assertEquals(row.mean(), items[i].getText(3), row.kpi());
				assertEquals(row.interval(), items[i].getText(4), row.kpi());
			}
		}
		assertTrue(Ui.waitUntil(() -> CareConsole.get().getDocument().get().contains(
				"Experiment MM5: 1 scenario x 20 replications, seed 1"), 5_000), CareConsole.get().getDocument().get());

		// Export CSV writes the tables of the run on show, as simulate --csv does.
		Path csv = java.nio.file.Files.createTempDirectory("caretwin-export");
		List<Path> written = org.caretwin.editor.results.ExportCsvAction.export(view.shownRun(), csv, Ui.page().getWorkbenchWindow().getShell());
		assertEquals(List.of(csv.resolve("kpis.csv"), csv.resolve("replications.csv"), csv.resolve("comparisons.csv")), written);
		assertTrue(java.nio.file.Files.readString(csv.resolve("kpis.csv")).contains("Baseline,wait(Service),days,"));
		assertTrue(CareConsole.get().getDocument().get().contains("Running caretwin simulate "));
	}

	@Test
	void theChartsTabDrawsEveryChartOfTheRunWithVega() throws Exception {
		ResultsView view = runFromTheEditor(queue());
		ExperimentRun run = ExperimentRuns.latest().orElseThrow();
		int charts = ChartSpecs.all(run.result(), run.details()).size();
		assertTrue(charts >= 3, "KPIs, utilisation, waits and load of the queue: " + charts);
		Browser browser = view.chartBrowser();
		assertNotNull(browser, "WebKitGTK is installed wherever the UI tests run");
		CTabFolder tabs = (CTabFolder) browser.getParent();
		tabs.setSelection(Arrays.stream(tabs.getItems()).filter(t -> t.getText().equals("Charts")).findFirst().orElseThrow());
		assertTrue(Ui.waitUntil(() -> evaluate(browser, "return document.documentElement.getAttribute('"
				+ ChartPage.RENDERED_ATTRIBUTE + "')") != null, 30_000), "the charts page never finished rendering");
		assertEquals(charts + "/" + charts, evaluate(browser, "return document.documentElement.getAttribute('"
				+ ChartPage.RENDERED_ATTRIBUTE + "')"), "charts drawn / charts on the page");
		assertEquals((double) charts, evaluate(browser, "return document.querySelectorAll('.vega-embed svg.marks').length"),
				"one Vega drawing per chart");
		assertEquals(Boolean.TRUE, evaluate(browser, "return document.querySelector('.vega-embed svg.marks').textContent"
				+ ".indexOf('Baseline') >= 0"), "the KPI chart names the scenario");

		// Export Charts writes each chart as Vega draws it: SVG text, or PNG images.
		for (boolean svg : new boolean[] { true, false }) {
			Path folder = java.nio.file.Files.createTempDirectory("caretwin-charts");
			List<List<Path>> exported = new java.util.ArrayList<>();
			view.exportCharts(folder, svg, exported::add);
			assertTrue(Ui.waitUntil(() -> !exported.isEmpty(), 20_000), "the export never finished");
			List<Path> files = exported.get(0);
			assertEquals(charts, files.size(), "one file per chart: " + files);
			for (Path file : files) {
				byte[] bytes = java.nio.file.Files.readAllBytes(file);
				if (svg) {
					assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).startsWith("<svg"), file.toString());
				} else {
					assertEquals(0x89, bytes[0] & 0xff, "PNG signature of " + file);
					assertEquals("PNG", new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
				}
			}
			assertTrue(files.get(0).getFileName().toString().startsWith("01-"), files.get(0).toString());
		}
		// Closing the view ends the browser's web process, which would otherwise share the two cores with later tests.
		Ui.page().hideView(view);
	}

	@Test
	void theSizingTabAndTheHtmlReportShowTheRunOnShow() throws Exception {
		ResultsView view = runFromTheEditor(queue());
		ExperimentRun run = ExperimentRuns.latest().orElseThrow();
		List<org.caretwin.experiment.SizingRows.Row> rows = org.caretwin.experiment.SizingRows.of(run.details().sizing().get("Baseline"));
		TableItem[] items = view.sizingTable().getItems();
		assertEquals(rows.size(), items.length);
		assertEquals(List.of("Baseline", rows.get(0).resource(), rows.get(0).zone(), rows.get(0).units(), rows.get(0).demand()),
				List.of(items[0].getText(0), items[0].getText(1), items[0].getText(2), items[0].getText(3), items[0].getText(4)));
		assertEquals(rows.get(0).load(), items[0].getText(7));
		assertTrue(items[0].getBackground(7).getRed() > 200, "the load cell is on the heat map's colour scale");

		Path report = view.openReport();
		assertNotNull(report, "the report was written and opened");
		String html = java.nio.file.Files.readString(report);
		assertTrue(html.contains("<h1>Experiment MM5</h1>") && html.contains(run.command()), "the report of this run");
		assertTrue(report.startsWith(org.eclipse.core.runtime.Platform.getStateLocation(
				org.osgi.framework.FrameworkUtil.getBundle(ResultsView.class)).toFile().toPath()), "never into the user's project");
		var editor = Ui.page().getActiveEditor();
		assertTrue(editor instanceof org.caretwin.editor.results.ReportEditor, String.valueOf(editor));
		Ui.page().closeEditor(editor, false);
		Ui.page().hideView(view);
	}

	/** {@code script}'s value in the page, or {@code null} while the page cannot answer yet. */
	private static Object evaluate(Browser browser, String script) {
		try {
			return browser.evaluate(script);
		} catch (SWTException notYet) {
			return null;
		}
	}

	@Test
	void cancelStopsARunWithinASecond() throws Exception {
		IFile file = queue();
		ExperimentJob job = new ExperimentJob(file, experimentOf(file), new Simulation.Settings(5_000, 1L, null, 2, Long.MAX_VALUE));
		job.schedule();
		assertTrue(Ui.waitUntil(() -> CareConsole.get().getDocument().get().contains("--replications 5000"), 30_000),
				"the run did not start");
		long cancelled = System.nanoTime();
		job.cancel();
		assertTrue(Ui.waitUntil(() -> job.getState() == Job.NONE, 5_000), "still running 5 s after Cancel");
		double seconds = (System.nanoTime() - cancelled) / 1e9;
		assertTrue(seconds < 1, "stopped " + seconds + " s after Cancel");
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
		assertTrue(Ui.waitUntil(() -> CareConsole.get().getDocument().get().contains("Experiment MM5 cancelled; nothing was written."),
				5_000), CareConsole.get().getDocument().get());
	}

	@Test
	void withLiveResultsASaveReRunsTheLastExperimentWithFewReplications() throws Exception {
		IFile file = queue();
		var store = org.caretwin.editor.preferences.CarePreferences.store();
		String original = new String(file.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		ExperimentJob first = new ExperimentJob(file, experimentOf(file), Simulation.Settings.asWritten());
		first.schedule();
		assertTrue(Ui.waitUntil(() -> first.getState() == Job.NONE, 60_000), "the first run did not finish");
		var before = ExperimentRuns.latest().orElseThrow();
		store.setValue(org.caretwin.editor.preferences.CarePreferences.LIVE, true);
		store.setValue(org.caretwin.editor.preferences.CarePreferences.DEFAULT_REPLICATIONS, 4);
		try {
			long saved = System.nanoTime();
			file.setContents(new java.io.ByteArrayInputStream(original.replace("resource Clerk count 5", "resource Clerk count 6")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
			assertTrue(Ui.waitUntil(() -> ExperimentRuns.latest().orElseThrow() != before, 30_000), "no live run after the save");
			System.out.printf(java.util.Locale.ROOT, "live results: M/M/5 refreshed %.2f s after the save%n", (System.nanoTime() - saved) / 1e9);
			var live = ExperimentRuns.latest().orElseThrow().result();
			assertEquals(4, live.plan().replications());
			assertTrue(live.interval("Baseline", "utilisation(Clerk)").mean() < before.result().interval("Baseline", "utilisation(Clerk)").mean(),
					"six clerks are less busy than five");
		} finally {
			store.setToDefault(org.caretwin.editor.preferences.CarePreferences.LIVE);
			store.setToDefault(org.caretwin.editor.preferences.CarePreferences.DEFAULT_REPLICATIONS);
			file.setContents(new java.io.ByteArrayInputStream(original.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
			Ui.waitUntil(() -> Job.getJobManager().find(ExperimentJob.FAMILY).length == 0, 30_000);
		}
	}
}
