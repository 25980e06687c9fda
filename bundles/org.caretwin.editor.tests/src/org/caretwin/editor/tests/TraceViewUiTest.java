package org.caretwin.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.caretwin.editor.results.TraceView;
import org.caretwin.editor.run.ExperimentJob;
import org.caretwin.editor.run.ExperimentRun;
import org.caretwin.editor.run.ExperimentRuns;
import org.caretwin.editor.run.ModelExperiments;
import org.caretwin.editor.wizards.ProjectTemplate;
import org.caretwin.experiment.Simulation;
import org.caretwin.experiment.TraceEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/** The Trace view: the events of the run on show, revealed step by step or played, filtered, linked to their line. */
class TraceViewUiTest {

	private static TraceView traceOfARun() throws Exception {
		IFile file = Ui.project("traces", ProjectTemplate.TEXTBOOK_QUEUE).getFile("mmc.care");
		var experiment = ModelExperiments.of(file).experiments().get(0);
		var before = ExperimentRuns.latest().orElse(null);
		new ExperimentJob(file, experiment, Simulation.Settings.asWritten()).schedule();
		assertTrue(Ui.waitUntil(() -> ExperimentRuns.latest().orElse(null) != before
				&& Job.getJobManager().find(ExperimentJob.FAMILY).length == 0, 60_000), "the run did not finish");
		TraceView view = (TraceView) Ui.page().showView(TraceView.ID);
		assertTrue(Ui.waitUntil(() -> view.shownRun() == ExperimentRuns.latest().orElseThrow(), 5_000), "the view shows the run");
		return view;
	}

	private static List<String> column(Table table, int column) {
		return Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList();
	}

	@Test
	void stepsRevealOneRowEachTheFilterKeepsAPatientAndADoubleClickOpensTheStep() throws Exception {
		TraceView view = traceOfARun();
		ExperimentRun run = view.shownRun();
		List<TraceEvent> events = run.trace().events();
		assertEquals(ExperimentRun.TRACED_PATIENTS, events.stream().mapToLong(TraceEvent::patient).distinct().count());
		Table table = view.table();
		assertEquals(0, table.getItemCount(), "a new run starts with nothing revealed");

		for (int i = 1; i <= 60; i++) {
			assertTrue(view.stepForward());
			assertEquals(i, table.getItemCount(), "step forward reveals one more row");
		}
		for (int i = 0; i < 60; i++) {
			TableItem item = table.getItem(i);
			TraceEvent event = events.get(i);
			assertEquals(event.clock(), item.getText(0));
			assertEquals(event.kind().label(), item.getText(1));
			assertEquals(Long.toString(event.patient()), item.getText(2));
			assertEquals(event.step(), item.getText(4));
			assertEquals(event.resourceList(), item.getText(5));
		}
		assertEquals("arrival", table.getItem(0).getText(1));
		assertEquals("Mon 2024-01-01", table.getItem(0).getText(0).substring(0, 14));
		assertTrue(column(table, 1).contains("starts waiting"), column(table, 1).toString());
		assertTrue(view.stepBack());
		assertEquals(59, table.getItemCount(), "step back hides one row");
		view.stepForward();

		view.filterField().setText("1");
		long ofPatient1 = events.subList(0, 60).stream().filter(e -> e.patient() == 1).count();
		assertTrue(ofPatient1 >= 2 && ofPatient1 < 60, "patient 1's events among the first 60: " + ofPatient1);
		assertEquals(ofPatient1, table.getItemCount(), "the filter keeps patient 1's rows");
		assertEquals(List.of("1"), column(table, 2).stream().distinct().toList());
		int before = table.getItemCount();
		if (view.stepForward()) {
			assertEquals(before + 1, table.getItemCount(), "with a filter, step forward reveals the patient's next event");
			assertEquals(List.of("1"), column(table, 2).stream().distinct().toList());
			view.stepBack();
		}
		view.filterField().setText("Service");
		assertEquals(events.subList(0, 60).stream().filter(e -> e.step().equals("Service")).count(), table.getItemCount());
		view.filterField().setText("");
		assertEquals(60, table.getItemCount());

		// Double-clicking a start opens mmc.care at the line of step Service.
		int start = column(table, 1).indexOf("starts");
		table.setSelection(start);
		table.notifyListeners(SWT.DefaultSelection, new Event());
		assertTrue(Ui.waitUntil(() -> Ui.page().getActiveEditor() != null
				&& "mmc.care".equals(Ui.page().getActiveEditor().getEditorInput().getName()), 5_000), "mmc.care is open");
		ITextEditor editor = Ui.page().getActiveEditor().getAdapter(ITextEditor.class);
		assertEquals(11, ((ITextSelection) editor.getSelectionProvider().getSelection()).getStartLine(),
				"line 12 (0-based 11): step Service");
	}

	@Test
	void playRevealsEventsOnATimerUntilPaused() throws Exception {
		TraceView view = traceOfARun();
		view.filterField().setText("");
		Table table = view.table();
		IAction play = toolBarAction(view, "Play");
		play.run();
		assertEquals("Pause", play.getText());
		assertTrue(Ui.waitUntil(() -> table.getItemCount() >= 3, 5_000), "rows after playing: " + table.getItemCount()
				+ ", playing: " + view.isPlaying());
		play.run();
		assertEquals("Play", play.getText());
		int paused = table.getItemCount();
		Ui.waitUntil(() -> false, 1_000);
		assertEquals(paused, table.getItemCount(), "nothing is revealed once paused");
		toolBarAction(view, "Show All").run();
		assertEquals(view.shownRun().trace().events().size(), table.getItemCount());
	}

	private static IAction toolBarAction(IViewPart view, String text) {
		return Arrays.stream(view.getViewSite().getActionBars().getToolBarManager().getItems())
				.filter(ActionContributionItem.class::isInstance).map(item -> ((ActionContributionItem) item).getAction())
				.filter(action -> text.equals(action.getText())).findFirst().orElseThrow();
	}
}
