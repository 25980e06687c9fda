package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.workspace.Problem;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A weekly schedule read from a CSV file ({@code arrivals scheduled from "lists.csv"}): the example against its
 * arithmetic, a file of 20,000 slots through the generated Java, and errors at the CSV's line.
 */
class ScheduleTableTest {

	private static final Path EXAMPLE = ModelChecker.examples().resolve("textbook/lists");

	@TempDir
	Path dir;

	@Test
	void theListsOfTheFileArriveEveryWeek() {
		CompiledExperiment compiled = Simulation.compile(ModelChecker.model(EXAMPLE).experiments().get(0));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		ConfidenceInterval arrivals = result.interval("Baseline", "arrivals");
		ConfidenceInterval beds = result.interval("Baseline", "inStep(Stay)");
		System.out.printf("lists: arrivals %.2f %s (theory %.2f), beds %.3f %s (theory %.3f)%n", arrivals.mean(), arrivals,
				23 * 365 / 7.0, beds.mean(), beds, (14 * 4 + 9 * 3) / 7.0);
		assertEquals(23 * 365 / 7.0, arrivals.mean(), 1e-6, "the same 23 patients every week");
		assertEquals((14 * 4 + 9 * 3) / 7.0, beds.mean(), 0.02, "Little: deterministic lists and stays");
		assertTrue(result.allExpectationsHold(), result.verdicts().toString());
		List<ResolvedModel.Slot> slots = ((ResolvedModel.ScheduledArrivals) ResolvedModelBuilder.of(ModelChecker.model(EXAMPLE))
				.cohorts().get(0).arrivals()).slots();
		assertEquals(7, slots.size());
		assertEquals(List.of(0, 13.5, List.of(0, 2)), List.of(slots.get(1).weekday(), slots.get(1).hour(),
				slots.get(1).sessions().get(0).counts()));
	}

	private static final String MODEL = """
			resource Room count 40
			cohort C {
			    arrivals scheduled from "lists.csv"
			    profile Hip 60%
			    profile Knee 40%
			}
			pathway P for C {
			    step S by Room takes 10 min end
			}
			scenario Baseline
			experiment E {
			    horizon 4 weeks  replications 2  seed 1
			    report arrivals
			}
			""";

	private List<Problem> errors(String csv) throws Exception {
		Files.writeString(dir.resolve("lists.csv"), csv);
		return ModelChecker.checkText(dir, "model.care", MODEL).stream().filter(i -> i.severity() == Severity.ERROR).toList();
	}

	private static void assertOne(List<Problem> errors, String message) {
		assertEquals(1, errors.size(), errors.toString());
		assertEquals(message, errors.get(0).message());
		assertEquals(List.of(3, 29), List.of(errors.get(0).line(), errors.get(0).column()), "at the file name");
	}

	@Test
	void aBadLineIsAnErrorWithTheCsvLine() throws Exception {
		assertOne(errors("weekday,time,Hip,Knee\nmonday,08:00,3,1\nmonday,8h,1,1\n"),
				"lists.csv:3: '8h' is not a time of day (write e.g. 08:00)");
		assertOne(errors("weekday,time,Hip,Knee\nmonnday,08:00,3,1\n"), "lists.csv:2: 'monnday' is not a weekday (monday ... sunday)");
		assertOne(errors("weekday,time,Hip,Knee\nmonday,08:00,three,1\n"),
				"lists.csv:2: 'three' in column Hip is not a number of patients (write e.g. 3)");
		assertOne(errors("weekday,time,Hip,Revision\nmonday,08:00,3,1\n"),
				"lists.csv:1: no profile Revision in the cohort: columns after weekday and time are Hip, Knee or patients");
		assertOne(errors("day,time,Hip\n"), "lists.csv:1: the header needs columns weekday and time; its columns are day, time, Hip");
	}

	@Test
	void twentyThousandSlotsCompileAndRun() throws Exception {
		StringBuilder csv = new StringBuilder("weekday,time,Hip,Knee,patients\n");
		String[] days = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
		for (int i = 0; i < 20_000; i++) {
			csv.append(days[i % 7]).append(',').append(String.format("%02d:%02d", i / 7 % 24, i / 168 % 60)).append(",1,0,1\n");
		}
		Files.writeString(dir.resolve("lists.csv"), csv);
		Path file = dir.resolve("model.care");
		Files.writeString(file, MODEL);
		var model = ModelChecker.modelOf(file);
		assertEquals(List.of(), model.problems().stream().filter(i -> i.severity() == Severity.ERROR).toList());
		CompiledExperiment compiled = Simulation.compile(model.experiments().get(0));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		// Two patients a slot every week; the slots at Monday 00:00 fall on the horizon too (4 more in 4 weeks).
		assertEquals(40_000 * 365 / 7.0, result.interval("Baseline", "arrivals").mean(), 1e-4 * 40_000 * 365 / 7.0);
	}
}
