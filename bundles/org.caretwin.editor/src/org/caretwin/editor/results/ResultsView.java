package org.caretwin.editor.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.caretwin.editor.run.ExperimentRun;
import org.caretwin.editor.run.ExperimentRuns;
import org.caretwin.experiment.ExperimentPlan;
import org.caretwin.experiment.ResultRows;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

/**
 * The result of the latest experiment run: KPIs per scenario with their 95% intervals, the paired differences from
 * the first scenario and the expectations, in the rows the console prints, and the charts of the HTML report.
 * Double-clicking an expectation opens its line of the model.
 */
public class ResultsView extends ViewPart {

	public static final String ID = "org.caretwin.editor.results";

	private final Consumer<ExperimentRun> onRun = run -> Display.getDefault().asyncExec(() -> show(run));
	private Label heading;
	private CTabFolder tabs;
	private TableViewer kpis;
	private TableViewer differences;
	private TableViewer expectations;
	private SizingTab sizing;
	private ChartsTab charts;
	private ExperimentRun shown;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		heading = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		kpis = Columns.tab(tabs, "KPIs");
		Columns.add(kpis, "Scenario", 130, ResultRows.Kpi::scenario);
		Columns.add(kpis, "KPI", 320, ResultRows.Kpi::kpi);
		Columns.add(kpis, "Unit", 110, (ResultRows.Kpi k) -> k.isShare() ? "%" : k.unit());
		Columns.add(kpis, "Mean", 100, (ResultRows.Kpi k) -> k.isShare() && k.ci().n() > 0 ? ResultRows.percent(k.ci().mean()) : k.mean(),
				SWT.RIGHT);
		Columns.add(kpis, "95% CI", 240, ResultsView::interval);
		differences = Columns.tab(tabs, "Comparison");
		Columns.add(differences, "Scenario", 130, ResultRows.Difference::scenario);
		Columns.add(differences, "KPI", 320, ResultRows.Difference::kpi);
		Columns.add(differences, "Difference", 110, (ResultRows.Difference d) -> ResultRows.isShare(d.kpi())
				? ResultRows.points(d.paired().mean()) : d.delta(), SWT.RIGHT);
		Columns.add(differences, "95% CI", 240, (ResultRows.Difference d) -> ResultRows.isShare(d.kpi())
				? "[" + ResultRows.points(d.paired().low()) + ", " + ResultRows.points(d.paired().high()) + "]"
				: "[" + d.low() + ", " + d.high() + "]");
		Columns.add(differences, "Verdict", 220, ResultRows.Difference::verdict, SWT.LEFT, d -> effectColour(d.effect()), d -> null);
		expectations = Columns.tab(tabs, "Expectations");
		Columns.add(expectations, "Result", 70, (ResultRows.Verdict v) -> v.holds() ? "PASS" : "FAIL", SWT.LEFT,
				v -> systemColour(v.holds() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED), v -> null);
		Columns.add(expectations, "Expectation", 440, ResultRows.Verdict::text);
		Columns.add(expectations, "Line", 140, ResultRows.Verdict::source);
		Columns.add(expectations, "Why", 600, ResultRows.Verdict::explanation);
		expectations.addDoubleClickListener(event -> {
			if (shown != null && event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof ResultRows.Verdict v) {
				SourceLines.open(getSite().getPage(), shown.file(), v.source());
			}
		});
		sizing = new SizingTab(tabs);
		charts = new ChartsTab(tabs);
		tabs.setSelection(0);
		OpenReportAction openReport = new OpenReportAction(() -> shown, () -> getSite().getPage());
		ExportCsvAction exportCsv = new ExportCsvAction(() -> shown, () -> getSite().getShell());
		getViewSite().getActionBars().getToolBarManager().add(openReport);
		getViewSite().getActionBars().getToolBarManager().add(exportCsv);
		var menu = getViewSite().getActionBars().getMenuManager();
		menu.add(openReport);
		menu.add(exportCsv);
		menu.add(new ExportChartsAction(true, charts, () -> shown, () -> getSite().getShell()));
		menu.add(new ExportChartsAction(false, charts, () -> shown, () -> getSite().getShell()));
		ExperimentRuns.addListener(onRun);
		ExperimentRuns.latest().ifPresentOrElse(this::show, () -> heading.setText("No experiment has run yet: "
				+ "right-click a .care file and choose Run Experiment (Ctrl+F11)."));
	}

	/** Shows {@code run}; on the UI thread. */
	public void show(ExperimentRun run) {
		if (heading.isDisposed()) {
			return;
		}
		shown = run;
		ExperimentPlan plan = run.result().plan();
		heading.setText("Experiment " + plan.name() + " of " + run.file().getFullPath().makeRelative() + ": "
				+ plan.scenarios().size() + " scenario" + (plan.scenarios().size() == 1 ? "" : "s") + " x "
				+ plan.replications() + " replications, seed " + plan.seed() + "   (same numbers: " + run.command() + ")");
		List<ResultRows.Kpi> rows = new ArrayList<>();
		plan.scenarios().forEach(scenario -> rows.addAll(ResultRows.kpis(run.result(), scenario)));
		kpis.setInput(rows);
		differences.setInput(ResultRows.differences(run.result()));
		expectations.setInput(ResultRows.verdicts(run.result()));
		sizing.show(run);
		charts.show(run);
		heading.getParent().layout(true, true);
	}

	/** The 95% interval as the console prints it, shares in percent. */
	private static String interval(ResultRows.Kpi k) {
		String text = k.isShare() && k.ci().n() > 1
				? "[" + ResultRows.percent(k.ci().low()) + ", " + ResultRows.percent(k.ci().high()) + "]"
				: k.interval();
		return text + (k.crossesDomain() ? " " + ResultRows.OUTSIDE_DOMAIN : "");
	}

	/** Brings the view to the front of its stack, on the UI thread. */
	public static void reveal() {
		Display.getDefault().asyncExec(() -> {
			var window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window != null && window.getActivePage() != null) {
				try {
					window.getActivePage().showView(ID, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
				} catch (org.eclipse.ui.PartInitException e) {
					org.eclipse.core.runtime.ILog.of(ResultsView.class).log(e.getStatus());
				}
			}
		});
	}

	/** The run on show, null before the first. */
	public ExperimentRun shownRun() {
		return shown;
	}

	/** Writes every chart on show into {@code folder}, as {@code Export Charts} does; for tests. */
	public void exportCharts(java.nio.file.Path folder, boolean svg, java.util.function.Consumer<List<java.nio.file.Path>> written) {
		charts.export(folder, svg, export -> written.accept(export.written()));
	}

	/** Writes and opens the HTML report of the run on show, as {@code Open HTML Report} does; for tests. */
	public java.nio.file.Path openReport() {
		return shown == null ? null : OpenReportAction.open(shown, getSite().getPage());
	}

	/** The rows of the sizing table, for tests. */
	public Table sizingTable() {
		return sizing.table();
	}

	/** The rows of the comparison table, for tests. */
	public Table comparisonTable() {
		return differences.getTable();
	}

	/** The rows shown in the KPI table, for tests. */
	public Table kpiTable() {
		return kpis.getTable();
	}

	/** The browser of the Charts tab, or {@code null} where the system has none; for tests. */
	public Browser chartBrowser() {
		return charts.browser();
	}

	@Override
	public void setFocus() {
		tabs.setFocus();
	}

	@Override
	public void dispose() {
		ExperimentRuns.removeListener(onRun);
		super.dispose();
	}

	/** Green for a change for the better, red for the worse, as the KPI's direction says. */
	private static Color effectColour(ResultRows.Effect effect) {
		return switch (effect) {
		case BETTER -> systemColour(SWT.COLOR_DARK_GREEN);
		case WORSE -> systemColour(SWT.COLOR_RED);
		default -> null;
		};
	}

	private static Color systemColour(int id) {
		return Display.getCurrent().getSystemColor(id);
	}
}
