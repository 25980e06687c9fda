package org.caretwin.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.caretwin.editor.launch.ExperimentLaunchSettings;
import org.caretwin.editor.launch.ExperimentLaunchShortcut;
import org.caretwin.editor.launch.ExperimentMainTab;
import org.caretwin.editor.results.ResultsView;
import org.caretwin.editor.run.CareConsole;
import org.caretwin.editor.run.ExperimentJob;
import org.caretwin.editor.run.ExperimentRuns;
import org.caretwin.editor.run.ModelExperiments;
import org.caretwin.editor.wizards.ProjectTemplate;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ResultRows;
import org.caretwin.experiment.RunBound;
import org.caretwin.experiment.Simulation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.actions.ILaunchable;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/**
 * The CareTwin Experiment launch configuration: its settings reach {@link Simulation} (the result view shows what a
 * headless run with the same options computes), its main tab says what is wrong, and Run Experiment reuses it.
 */
class ExperimentLaunchUiTest {

	private static final List<String> TWO_SCENARIOS = List.of("Baseline", "MoreHomeRehab");

	private static IFile loire() throws Exception {
		return Ui.project("launches", ProjectTemplate.LOIRE).getFile("arthroplasty.care");
	}

	private static ILaunchConfigurationWorkingCopy configuration(String name, ExperimentLaunchSettings settings)
			throws Exception {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationWorkingCopy copy = manager
				.getLaunchConfigurationType(ExperimentLaunchSettings.TYPE_ID).newInstance(null, name);
		settings.writeTo(copy);
		return copy;
	}

	private static String log() throws Exception {
		Path log = Platform.getLogFileLocation().toFile().toPath();
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
	}

	@Test
	void aConfigurationRunsWithItsOverridesAndTheResultViewShowsWhatSimulationComputes() throws Exception {
		IFile file = loire();
		ILaunchConfiguration configuration = configuration("Loire, two scenarios", new ExperimentLaunchSettings(
				file.getFullPath().toString(), "Loire2026", TWO_SCENARIOS, "3", "7", 2)).doSave();
		String logBefore = log();
		var before = ExperimentRuns.latest().orElse(null);

		// The Run menu, its toolbar button and the dialog load the history, which then hears of launches; code does not.
		DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
		DebugUITools.launch(configuration, ILaunchManager.RUN_MODE);
		assertTrue(Ui.waitUntil(() -> ExperimentRuns.latest().orElse(null) != before
				&& Job.getJobManager().find(ExperimentJob.FAMILY).length == 0, 60_000), "the run did not finish");
		ResultsView view = (ResultsView) Ui.page().findView(ResultsView.ID);
		assertTrue(Ui.waitUntil(() -> view != null && view.shownRun() == ExperimentRuns.latest().orElse(null), 5_000),
				"the view shows the run");
		ExperimentResult shown = view.shownRun().result();
		assertEquals(TWO_SCENARIOS, shown.plan().scenarios());
		assertEquals(3, shown.plan().replications());
		assertEquals(7L, shown.plan().seed());

		// The same options given to Simulation apart from the workbench.
		Simulation headless = Simulation.prepare(file.getLocation().toFile().toPath(),
				ModelExperiments.of(file).named("Loire2026").orElseThrow(),
				new Simulation.Settings(3, 7L, TWO_SCENARIOS, 1, RunBound.DEFAULT_MAX_EVENTS), phase -> {
				});
		ExperimentResult expected = headless.run(done -> {
		});
		List<ResultRows.Kpi> rows = new ArrayList<>();
		TWO_SCENARIOS.forEach(scenario -> rows.addAll(ResultRows.kpis(expected, scenario)));
		TableItem[] items = view.kpiTable().getItems();
		assertEquals(rows.size(), items.length);
		for (int i = 0; i < items.length; i++) {
			ResultRows.Kpi row = rows.get(i);
			assertEquals(row.scenario(), items[i].getText(0));
			assertEquals(row.kpi(), items[i].getText(1));
			if (row.isShare()) {
				assertEquals(ResultRows.percent(row.ci().mean()), items[i].getText(3), row.kpi());
			} else {
				assertEquals(row.mean(), items[i].getText(3), row.kpi());
				assertEquals(row.interval(), items[i].getText(4), row.kpi());
			}
		}
		assertTrue(Ui.waitUntil(() -> CareConsole.get().getDocument().get().contains(headless.command()), 5_000),
				"the console names the command that reproduces the run: " + headless.command());
		assertTrue(headless.command().endsWith("--replications 3 --seed 7 --scenarios Baseline,MoreHomeRehab"),
				headless.command());

		assertEquals(configuration, DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP),
				"the Run menu's history starts with the configuration");
		String logged = log().substring(Math.min(logBefore.length(), log().length()));
		assertFalse(logged.matches("(?s).*!ENTRY \\S+ 4 .*"), "errors logged: " + logged);
	}

	@Test
	void theMainTabSaysWhatIsWrongInTheDialogHeader() throws Exception {
		IFile file = loire();
		ILaunchConfigurationWorkingCopy copy = configuration("Loire, as written",
				ExperimentLaunchSettings.asWritten(file, "Loire2026"));
		Shell shell = new Shell(Ui.page().getWorkbenchWindow().getShell());
		try {
			ExperimentMainTab tab = new ExperimentMainTab();
			tab.createControl(shell);
			tab.initializeFrom(copy);
			assertTrue(tab.isValid(copy), tab.getErrorMessage());
			Combo experiments = (Combo) after(tab.getControl(), "Experiment:");
			assertEquals(List.of("Loire2026"), Arrays.asList(experiments.getItems()));
			Table scenarios = (Table) after(tab.getControl(), "Scenarios:");
			assertEquals(List.of("Baseline", "Telemedicine", "MoreHomeRehab"),
					Arrays.stream(scenarios.getItems()).map(TableItem::getText).toList());
			assertTrue(Arrays.stream(scenarios.getItems()).allMatch(TableItem::getChecked), "as written: all of them");
			assertEquals("as written: 30", ((Text) after(tab.getControl(), "Replications:")).getMessage());
			assertEquals("as written: 20261122", ((Text) after(tab.getControl(), "Seed:")).getMessage());

			assertProblem(tab, copy, "Replications:", "1", "Replications must be a whole number from 2 to 10,000, was 1.");
			assertProblem(tab, copy, "Replications:", "many", "Replications must be a whole number from 2 to 10,000, was 'many'.");
			assertProblem(tab, copy, "Replications:", "12", null);
			assertProblem(tab, copy, "Seed:", "12x", "The seed must be a whole number, was '12x'.");
			assertProblem(tab, copy, "Seed:", "", null);
			assertProblem(tab, copy, "Experiment:", "Loire2025", "arthroplasty.care has no experiment Loire2025; it has Loire2026.");
			assertProblem(tab, copy, "Experiment:", "Loire2026", null);
			for (TableItem item : scenarios.getItems()) {
				item.setChecked(false);
			}
			assertProblem(tab, copy, "Seed:", "", "Choose at least one scenario to run.");
			scenarios.getItem(2).setChecked(true);
			assertProblem(tab, copy, "Seed:", "", null);
			assertEquals(List.of("MoreHomeRehab"), ExperimentLaunchSettings.of(copy).scenarios());
			assertProblem(tab, copy, "File:", "/launches/missing.care",
					"No file /launches/missing.care in the workspace; choose a .care file with Browse...");
			assertProblem(tab, copy, "File:", "/launches/.project", "/launches/.project is not a .care file; choose a model file ending in .care.");
			assertProblem(tab, copy, "File:", "", "Choose the .care file to run.");

			// New in the dialog, with the model's editor active: its file and first experiment, as written.
			Ui.open(file);
			ILaunchConfigurationWorkingCopy fresh = configuration("new", new ExperimentLaunchSettings("", "", null, "", "", 1));
			tab.setDefaults(fresh);
			assertEquals(ExperimentLaunchSettings.asWritten(file, "Loire2026"), ExperimentLaunchSettings.of(fresh));
		} finally {
			shell.dispose();
		}
	}

	/** Types {@code value} into the field after {@code label}; the header then shows {@code expected} (none: valid). */
	private static void assertProblem(ExperimentMainTab tab, ILaunchConfigurationWorkingCopy copy, String label, String value,
			String expected) {
		Control field = after(tab.getControl(), label);
		if (field instanceof Text text) {
			text.setText(value);
		} else {
			((Combo) field).setText(value);
		}
		tab.performApply(copy);
		assertEquals(expected == null, tab.isValid(copy), label + " " + value + ": " + tab.getErrorMessage());
		assertEquals(expected, tab.getErrorMessage(), label + " " + value);
	}

	/** The control that follows the label {@code text} in its composite. */
	private static Control after(Control root, String text) {
		if (root instanceof Composite composite) {
			Control[] children = composite.getChildren();
			for (int i = 0; i + 1 < children.length; i++) {
				if (children[i] instanceof Label label && text.equals(label.getText())) {
					return children[i + 1];
				}
			}
			for (Control child : children) {
				Control found = after(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void runExperimentCreatesOneConfigurationForTheFileAndReusesIt() throws Exception {
		IFile file = Ui.project("reused", ProjectTemplate.TEXTBOOK_QUEUE).getFile("mmc.care");
		// The platform offers Run As on what adapts to ILaunchable, then lists the shortcuts that fit.
		assertTrue(Adapters.adapt(file, ILaunchable.class) != null, "Run As on a .care file");
		assertEquals(null, Adapters.adapt(file.getProject().getFile(".project"), ILaunchable.class), "nothing to run in .project");
		Ui.open(file);
		for (int run = 0; run < 2; run++) {
			var before = ExperimentRuns.latest().orElse(null);
			Ui.page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.caretwin.editor.runExperiment", null);
			assertTrue(Ui.waitUntil(() -> ExperimentRuns.latest().orElse(null) != before
					&& Job.getJobManager().find(ExperimentJob.FAMILY).length == 0, 60_000), "run " + run + " did not finish");
			List<ILaunchConfiguration> configurations = ExperimentLaunchShortcut.configurationsOf(file);
			assertEquals(1, configurations.size(), configurations.toString());
			assertEquals("mmc MM5", configurations.get(0).getName());
			assertEquals(configurations.get(0), DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP));
			assertEquals(20, ExperimentRuns.latest().orElseThrow().result().plan().replications(), "as written");
		}
	}
}
