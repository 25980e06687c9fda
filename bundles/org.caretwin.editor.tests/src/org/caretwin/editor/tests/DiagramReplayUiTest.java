package org.caretwin.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.caretwin.editor.diagram.DiagramEditor;
import org.caretwin.editor.run.ExperimentJob;
import org.caretwin.editor.run.ExperimentRuns;
import org.caretwin.editor.run.ModelExperiments;
import org.caretwin.editor.wizards.ProjectTemplate;
import org.caretwin.experiment.Replay;
import org.caretwin.experiment.Simulation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The replay on the Loire model's Diagram page after a run: its bar, and the counts a frame shows on the steps and the
 * counters, read back from the page's DOM against the frames of the run's replay.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiagramReplayUiTest {

	private static final long WAIT_MS = 30_000;

	private static IFile model;
	private static DiagramEditor diagram;
	private static Replay replay;

	@BeforeAll
	static void openTheDiagram() throws Exception {
		model = Ui.project("replay", ProjectTemplate.LOIRE).getFile("arthroplasty.care");
		Ui.open(model);
		diagram = Ui.showDiagram();
		assertTrue(Ui.waitUntil(() -> number("document.querySelectorAll('#canvas g.task').length") > 0, WAIT_MS));
	}

	@AfterAll
	static void closeEverything() {
		Ui.page().closeAllEditors(false);
	}

	@Test
	@Order(1)
	void beforeARunThereIsNoReplay() {
		assertEquals(Boolean.FALSE, browser().evaluate("return document.getElementById('replay') != null"));
	}

	@Test
	@Order(2)
	void afterARunTheBarAndEveryTimedStepShowTheFirstFrame() {
		var experiment = ModelExperiments.of(model).experiments().get(0);
		var before = ExperimentRuns.latest().orElse(null);
		new ExperimentJob(model, experiment, Simulation.Settings.asWritten()).schedule();
		assertTrue(Ui.waitUntil(() -> ExperimentRuns.latest().orElse(null) != before
				&& Job.getJobManager().find(ExperimentJob.FAMILY).length == 0, 60_000), "the run did not finish");
		replay = ExperimentRuns.latest().orElseThrow().replay();
		assertEquals("Baseline", replay.scenario());
		assertEquals(experiment.getName(), ExperimentRuns.latest().orElseThrow().result().plan().name());
		int tasks = number("document.querySelectorAll('#canvas g.task').length");
		assertTrue(Ui.waitUntil(() -> "flex".equals(browser().evaluate("var bar = document.getElementById('replay'); return bar && bar.style.display"))
				&& number("document.querySelectorAll('#canvas .care-replay').length") == tasks, WAIT_MS),
				"a replay mark on each of the " + tasks + " steps");
		for (String control : new String[] { "replay-play", "replay-slider", "replay-speed", "replay-time" }) {
			assertEquals(Boolean.TRUE, browser().evaluate("return document.getElementById('" + control + "') != null"), control);
		}
		assertEquals(replay.frames().size() - 1, number("parseInt(document.getElementById('replay-slider').max, 10)"));
		assertShows(0);
	}

	@Test
	@Order(3)
	void movingTheSliderShowsThatFramesFigures() {
		int busiest = IntStream.range(0, replay.frames().size()).boxed()
				.max((a, b) -> Integer.compare(waiting(a), waiting(b))).orElseThrow();
		assertTrue(waiting(busiest) > 0, "someone waits somewhere in the year");
		slideTo(busiest);
		assertShows(busiest);
		int last = replay.frames().size() - 1;
		slideTo(last);
		assertShows(last);
		assertTrue(((String) browser().evaluate("return document.getElementById('replay-time').textContent"))
				.startsWith("Day 365 of 365"), "the slider's end is the end of the year");
	}

	@Test
	@Order(4)
	void playingMovesTheFramesOnAndPauseStopsThem() {
		slideTo(0);
		browser().execute("document.getElementById('replay-speed').value = '3';"
				+ "document.getElementById('replay-speed').dispatchEvent(new Event('change'));"
				+ "document.getElementById('replay-play').click()");
		assertTrue(Ui.waitUntil(() -> number("caretwinReplay.frame()") > 5, WAIT_MS), "the replay does not move");
		browser().execute("document.getElementById('replay-play').click()");
		int paused = number("caretwinReplay.frame()");
		Ui.waitUntil(() -> false, 300);
		assertEquals(paused, number("caretwinReplay.frame()"), "paused");
		assertNotEquals(0, paused);
	}

	/** The total waiting over the steps in frame {@code i}. */
	private static int waiting(int i) {
		return IntStream.of(replay.frames().get(i).waiting()).sum();
	}

	/** As a user drags it: the slider's value, then its input event. */
	private static void slideTo(int frame) {
		browser().execute("var s = document.getElementById('replay-slider'); s.value = " + frame
				+ "; s.dispatchEvent(new Event('input'))");
	}

	/** Every step's mark and the counters show frame {@code i} of the run's replay. */
	private static void assertShows(int i) {
		Replay.Frame frame = replay.frames().get(i);
		for (int s = 0; s < replay.steps().size(); s++) {
			String mark = "document.querySelector('#canvas .care-replay[data-replay-step=\"" + replay.steps().get(s) + "\"]')";
			if (Boolean.TRUE.equals(browser().evaluate("return " + mark + " != null"))) {
				assertEquals(frame.waiting()[s], number("parseInt(" + mark + ".querySelector('.care-replay-waiting').textContent.replace(/,/g, ''), 10)"),
						"waiting at " + replay.steps().get(s) + " in frame " + i);
				assertEquals(frame.inSession()[s], number("parseInt(" + mark + ".querySelector('.care-replay-session').textContent.replace(/,/g, ''), 10)"),
						"in session at " + replay.steps().get(s) + " in frame " + i);
			}
		}
		int arrived = replay.frames().stream().limit(i + 1L).mapToInt(Replay.Frame::arrived).sum();
		assertEquals(arrived, counter("arrived"), "arrived by frame " + i);
		assertEquals(frame.inPathway(), counter("inPathway"));
		assertEquals(replay.frames().stream().limit(i + 1L).mapToInt(Replay.Frame::completed).sum(), counter("completed"));
		assertEquals(replay.frames().stream().limit(i + 1L).mapToInt(Replay.Frame::lost).sum(), counter("lost"));
	}

	private static int counter(String name) {
		return number("parseInt(document.getElementById('replay-" + name + "').textContent.replace(/,/g, ''), 10)");
	}

	private static Browser browser() {
		return diagram.browser();
	}

	private static int number(String expression) {
		Object value = browser().evaluate("return " + expression);
		return value instanceof Number n ? n.intValue() : -1;
	}
}
