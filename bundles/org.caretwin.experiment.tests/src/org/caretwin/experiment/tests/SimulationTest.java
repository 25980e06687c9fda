package org.caretwin.experiment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.caretwin.engine.stat.QueueingTheory;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.RunBound;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one path from a checked model to results and reports, as the command line and the IDE take it. */
class SimulationTest {

	private static final String MM2 = """
			resource Clerk count 2
			cohort Customers { arrivals 1.5 per h }
			pathway Queue for Customers {
			    step Service by Clerk takes exponential(mean 1 h)
			    end
			}
			scenario Baseline
			experiment MM2 { compare Baseline horizon 20000 h warmup 1000 h replications 4 seed 3 report wait(Service) }
			""";

	@TempDir
	Path folder;

	private Experiment experiment() throws Exception {
		Path file = Files.writeString(folder.resolve("queue.care"), MM2);
		CheckedModel model = CareWorkspace.standalone().modelOf(file);
		assertFalse(model.hasErrors(), model.problems().toString());
		return model.experiments().get(0);
	}

	@Test
	void settingsOverrideThePlanAndThePhasesAreReported() throws Exception {
		List<String> phases = new ArrayList<>();
		Simulation simulation = Simulation.prepare(folder.resolve("queue.care"), experiment(),
				new Simulation.Settings(6, 11L, null, 2, RunBound.DEFAULT_MAX_EVENTS), phases::add);
		assertEquals(List.of("generate", "compile"), phases);
		assertEquals(6, simulation.plan().replications());
		assertEquals(11L, simulation.plan().seed());
		assertEquals("caretwin simulate " + folder.resolve("queue.care") + " --experiment MM2 --replications 6 --seed 11",
				simulation.command());
	}

	@Test
	void theWaitMatchesErlangCAndTheReportsDoNotDependOnThreads() throws Exception {
		Experiment experiment = experiment();
		Simulation oneThread = Simulation.prepare(folder.resolve("queue.care"), experiment,
				new Simulation.Settings(null, null, null, 1, RunBound.DEFAULT_MAX_EVENTS), phase -> {
				});
		Simulation twoThreads = Simulation.prepare(folder.resolve("queue.care"), experiment,
				new Simulation.Settings(null, null, null, 2, RunBound.DEFAULT_MAX_EVENTS), phase -> {
				});
		List<Integer> progress = new ArrayList<>();
		ExperimentResult result = oneThread.run(progress::add);
		assertEquals(List.of(1, 2, 3, 4), progress);
		double theory = QueueingTheory.mmcWait(2, 1.5, 1.0);
		double hours = result.interval("Baseline", "wait(Service)").mean() * 24;
		assertEquals(theory, hours, 0.1 * theory, "M/M/2 mean wait in hours");

		Path first = folder.resolve("one/results.json");
		Path second = folder.resolve("two/results.json");
		oneThread.write(result, new Simulation.Outputs(first, folder.resolve("one/csv"), null, null), "test");
		twoThreads.write(twoThreads.run(done -> {
		}), new Simulation.Outputs(second, null, null, null), "test");
		assertEquals(Files.readString(first), Files.readString(second));
		assertTrue(Files.isRegularFile(folder.resolve("one/csv/kpis.csv")));

		Path html = folder.resolve("one/report.html");
		oneThread.write(result, new Simulation.Outputs(null, null, html, null), "test");
		String report = Files.readString(html);
		for (String expected : List.of("<h2>Summary</h2>", "<h2>Inputs</h2>", "<td>Clerk</td><td>2 units</td>",
				"<td>Customers</td><td>1.5 per h (Poisson)</td>", "model files SHA-256 <code>")) {
			assertTrue(report.contains(expected), expected);
		}
	}

	private static final String TWO_SCENARIOS = MM2.replace("scenario Baseline\n", """
			scenario Baseline
			scenario ThreeClerks extends Baseline { Clerk count 3 }
			""").replace("compare Baseline horizon", "compare Baseline, ThreeClerks horizon").replace("report wait(Service) }", """
			report wait(Service)
			    expect wait(Service) < 30 days in every scenario
			    expect ThreeClerks.wait(Service) < Baseline.wait(Service) with 95% confidence
			    expect wait(Service) < 1 day in ThreeClerks }
			""");

	@Test
	void chosenScenariosRunAloneWithTheExpectationsAboutThemAndTheCommandSaysSo() throws Exception {
		Path file = Files.writeString(folder.resolve("queue.care"), TWO_SCENARIOS);
		CheckedModel model = CareWorkspace.standalone().modelOf(file);
		assertFalse(model.hasErrors(), model.problems().toString());
		Experiment experiment = model.experiments().get(0);
		Simulation both = Simulation.prepare(file, experiment, new Simulation.Settings(3, 5L, null, 2, RunBound.DEFAULT_MAX_EVENTS),
				phase -> {
				});
		assertEquals(3, both.plan().expectations().size());
		Simulation one = Simulation.prepare(file, experiment, new Simulation.Settings(3, 5L, List.of("ThreeClerks"), 2,
				RunBound.DEFAULT_MAX_EVENTS), phase -> {
				});
		assertEquals(List.of("ThreeClerks"), one.plan().scenarios());
		assertEquals(List.of("expect wait(Service) < 30 days in every scenario", "expect wait(Service) < 1 day in ThreeClerks"),
				one.plan().expectations().stream().map(e -> e.text()).toList());
		assertEquals("caretwin simulate " + file + " --experiment MM2 --replications 3 --seed 5 --scenarios ThreeClerks",
				one.command());
		ExperimentResult result = one.run(done -> {
		});
		assertEquals(List.of(), result.comparisons(), "nothing to compare one scenario with");
		assertEquals(2, result.verdicts().size());
		assertTrue(result.interval("ThreeClerks", "wait(Service)").mean() < both.run(done -> {
		}).interval("Baseline", "wait(Service)").mean(), "three clerks keep customers waiting less than two");

		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Simulation.prepare(file,
				experiment, new Simulation.Settings(null, null, List.of("Nobody"), 1, RunBound.DEFAULT_MAX_EVENTS), phase -> {
				}));
		assertEquals("experiment MM2 has no scenario Nobody; it runs Baseline, ThreeClerks", unknown.getMessage());
	}

	@Test
	void aRunPastTheBoundIsRefusedBeforeItStarts() throws Exception {
		RunBound.TooLarge refused = assertThrows(RunBound.TooLarge.class, () -> Simulation.prepare(folder.resolve("queue.care"),
				experiment(), new Simulation.Settings(null, null, null, 1, 1_000), phase -> {
				}));
		assertTrue(refused.getMessage().startsWith("the run would make about "), refused.getMessage());
	}
}
