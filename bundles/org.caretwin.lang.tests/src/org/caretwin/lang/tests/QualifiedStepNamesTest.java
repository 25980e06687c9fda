package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.workspace.CheckedModel;
import org.caretwin.lang.workspace.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With several pathways, KPIs name a step plainly when only one pathway has it, else qualified by its pathway. */
class QualifiedStepNamesTest {

	@TempDir
	Path dir;

	private static final String TWO_PATHWAYS = """
			resource Doctor count 4
			resource Bed count 20
			cohort Hips { arrivals 2 per day }
			cohort Knees { arrivals 1 per day }
			pathway HipCare for Hips {
			    step Visit by Doctor takes 20 min
			    step StayA by Bed takes 2 days end
			}
			pathway KneeCare for Knees {
			    step Visit by Doctor takes 30 min
			    step StayB by Bed takes 3 days end
			}
			scenario Baseline
			""";

	private CheckedModel model(String experiment) throws Exception {
		Path file = dir.resolve("two.care");
		Files.writeString(file, TWO_PATHWAYS + experiment);
		return ModelChecker.modelOf(file);
	}

	@Test
	void aStepOfOnePathwayIsReportedAndExpectedByItsPlainName() throws Exception {
		CheckedModel model = model("""
				experiment E { horizon 60 days replications 3 seed 1
				    report dailyThroughput(StayA), wait(KneeCare.Visit), time(HipCare.Visit, StayA)
				    expect dailyThroughput(StayA) > 1 }
				""");
		assertEquals(List.of(), model.problems().stream().map(Problem::toString).toList());
		CompiledExperiment compiled = Simulation.compile(model.experiments().get(0));
		assertEquals(List.of("dailyThroughput(HipCare.StayA)", "wait(KneeCare.Visit)", "time(HipCare.Visit,HipCare.StayA)"),
				compiled.plan().reportedKpis());
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		assertEquals(2, result.interval("Baseline", "dailyThroughput(HipCare.StayA)").mean(), 0.3);
		assertTrue(result.allExpectationsHold(), result.verdicts().toString());
		// From the start of the visit to the start of the stay: the 20-minute visit, nobody waits for 4 doctors.
		assertEquals(20.0 / 60 / 24, result.interval("Baseline", "time(HipCare.Visit,HipCare.StayA)").mean(), 0.002);
	}

	@Test
	void aStepNameTwoPathwaysShareMustBeQualified() throws Exception {
		CheckedModel model = model("""
				experiment E { horizon 60 days replications 3 seed 1 report wait(Visit) }
				""");
		List<Problem> errors = model.problems().stream().filter(Problem::isError).toList();
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("In wait(Visit): several pathways have a step Visit: write HipCare.Visit or KneeCare.Visit",
				errors.get(0).message());
		assertEquals(14, errors.get(0).line());
	}

	@Test
	void aQualifiedNameOfNoStepIsAnError() throws Exception {
		CheckedModel model = model("""
				experiment E { horizon 60 days replications 3 seed 1 report wait(HipCare.StayB) }
				""");
		List<Problem> errors = model.problems().stream().filter(Problem::isError).toList();
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).message().startsWith("In wait(HipCare.StayB): there is no step HipCare.StayB"),
				errors.get(0).message());
	}
}
