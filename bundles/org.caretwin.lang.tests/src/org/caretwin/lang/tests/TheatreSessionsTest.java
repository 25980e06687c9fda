package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.Model;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.sizing.CapacitySizing;
import org.caretwin.lang.sizing.SizingLine;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.Problem;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled slots with rooms and alternative lists ({@code 4 x one of { 50%: Hip: 2, Knee: 1  50%: Revision: 1 }},
 * {@code drawn once}): the example against its arithmetic, the resolved model, sizing, the rules and the hover.
 */
class TheatreSessionsTest {

	private static final Path EXAMPLE = ModelChecker.examples().resolve("textbook/sessions");
	/** Patients a week: hips 20.7, knees 10.7, revisions 10.3 (see the example's header). */
	private static final double PER_WEEK = 41.7;
	private static final double WEEKS_A_YEAR = 365 / 7.0;

	@TempDir
	Path dir;

	@Test
	void theExampleAdmitsTheMeanOfItsListsAndFillsTheBedsAsLittleSays() {
		CompiledExperiment compiled = Simulation.compile(ModelChecker.model(EXAMPLE).experiments().get(0));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		ConfidenceInterval arrivals = result.interval("Baseline", "arrivals");
		ConfidenceInterval beds = result.interval("Baseline", "inStep(Stay)");
		System.out.printf("sessions: arrivals %.1f %s (theory %.1f), beds %.3f %s (theory %.3f)%n", arrivals.mean(),
				arrivals, PER_WEEK * WEEKS_A_YEAR, beds.mean(), beds, (20.7 * 4 + 10.7 * 3 + 10.3 * 7) / 7);
		assertTrue(arrivals.contains(PER_WEEK * WEEKS_A_YEAR), "2,174 a year outside " + arrivals);
		assertTrue(beds.contains((20.7 * 4 + 10.7 * 3 + 10.3 * 7) / 7), "26.7 beds outside " + beds);
		assertTrue(result.allExpectationsHold(), result.verdicts().toString());
	}

	@Test
	void theResolvedScheduleHasOneSlotPerWeekdayWithItsRoomsAndLists() {
		ResolvedModel resolved = ResolvedModelBuilder.of(ModelChecker.model(EXAMPLE));
		List<ResolvedModel.Slot> slots = ((ResolvedModel.ScheduledArrivals) resolved.cohorts().get(0).arrivals()).slots();
		assertEquals(6, slots.size(), "monday..friday and saturday");
		ResolvedModel.Slot monday = slots.get(0);
		assertEquals(List.of(0, 8.0, 4, false), List.of(monday.weekday(), monday.hour(), monday.rooms(), monday.drawnOnce()));
		assertEquals(List.of(new ResolvedModel.Session(0.5, List.of(2, 1, 0), 0), new ResolvedModel.Session(0.5, List.of(0, 0, 1), 0)),
				monday.sessions());
		ResolvedModel.Slot saturday = slots.get(5);
		assertEquals(List.of(5, 1, true), List.of(saturday.weekday(), saturday.rooms(), saturday.drawnOnce()));
		assertEquals(PER_WEEK, slots.stream().mapToDouble(ResolvedModel.Slot::meanPatients).sum(), 1e-9);
	}

	@Test
	void sizingWeighsEachListByItsRoomsAndShare() {
		ResolvedModel resolved = ResolvedModelBuilder.of(ModelChecker.model(EXAMPLE));
		Map<String, Double> demand = CapacitySizing.of(resolved, "Baseline").stream()
				.collect(Collectors.groupingBy(SizingLine::resource, Collectors.summingDouble(SizingLine::demandHours)));
		// Theatre hours a week: 31.4 primary patients x 1.5 h + 10.3 revisions x 3 h = 78 h; bed-days 187 a week.
		assertEquals(78 * WEEKS_A_YEAR, demand.get("OperatingRoom"), 1e-6);
		assertEquals(187 * 24 * WEEKS_A_YEAR, demand.get("Bed"), 1e-6);
	}

	private static final String HEADER = """
			resource Room count 2
			cohort C {
			    arrivals scheduled {
			""";
	private static final String FOOTER = """
			    }
			    profile Hip 60%
			    profile Knee 40%
			}
			pathway P for C {
			    step S by Room takes 1 h end
			}
			""";

	private List<Problem> errors(String slot) throws Exception {
		return ModelChecker.checkText(dir, "model.care", HEADER + slot + "\n" + FOOTER).stream()
				.filter(i -> i.severity() == Severity.ERROR).toList();
	}

	@Test
	void listsThatDoNotCoverEveryRoomAreAnErrorAtTheLastShare() throws Exception {
		List<Problem> errors = errors("        monday at 08:00 2 x one of { 50%: Hip: 2  40%: Knee: 1 }");
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("The lists of this slot add up to 90%, not 100%: each room takes one of them", errors.get(0).message());
		assertEquals(List.of(4, 51), List.of(errors.get(0).line(), errors.get(0).column()));
	}

	@Test
	void aSlotOfNoRoomIsAnError() throws Exception {
		List<Problem> errors = errors("        monday at 08:00 0 x Hip: 2");
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("A slot needs at least 1 room: write '1 x' or leave the count out", errors.get(0).message());
		assertEquals(List.of(4, 25), List.of(errors.get(0).line(), errors.get(0).column()));
	}

	@Test
	void aMisspeltProfileInAListIsAnErrorAtItsName() throws Exception {
		List<Problem> errors = errors("        monday at 08:00 one of { 50%: Hip: 2  50%: Kne: 1 }");
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).message().contains("Kne"), errors.get(0).message());
		assertEquals(List.of(4, 52), List.of(errors.get(0).line(), errors.get(0).column()));
	}

	@Test
	void theHoverGivesThePatientsAWeekByProfile() throws Exception {
		Path file = dir.resolve("model.care");
		Files.writeString(file, HEADER + "        monday..friday at 08:00 4 x one of { 50%: Hip: 2, Knee: 1  50%: Knee: 1 } drawn once\n"
				+ "        saturday at 09:00 3 patients\n" + FOOTER);
		Model model = ModelChecker.modelOf(file).model(file);
		IEObjectDocumentationProvider docs = CareWorkspace.standalone().injector().getInstance(IEObjectDocumentationProvider.class);
		assertEquals("Scheduled: 43.0 patients a week on average, 2,242 a year (a week: Hip 20.0, Knee 20.0, 3.00 of a drawn profile).\n"
				+ "Lists drawn among alternatives: every week, or once per replication where it says 'drawn once'.",
				docs.getDocumentation((Cohort) model.getElements().get(1)));
	}
}
