package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.engine.stat.QueueingTheory;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.care.Model;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.sizing.CapacitySizing;
import org.caretwin.lang.sizing.SizingLine;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.Problem;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resources held across steps ({@code step Admission seizes Bed ... step Discharge releases Bed}): the example
 * against Erlang B, the resolved model, sizing over the holding time, the rules and the hover.
 */
class HeldResourcesTest {

	private static final Path EXAMPLE = ModelChecker.examples().resolve("textbook/beds");

	@TempDir
	Path dir;

	@Test
	void aBedHeldFromAdmissionToDischargeIsTurnedAwayAsErlangBSays() {
		CompiledExperiment compiled = Simulation.compile(ModelChecker.model(EXAMPLE).experiments().get(0));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		double blocking = QueueingTheory.erlangB(20, 16);
		ConfidenceInterval lost = result.interval("Baseline", "lost");
		ConfidenceInterval occupied = result.interval("Baseline", "utilisation(Bed)");
		ConfidenceInterval cost = result.interval("Baseline", "cost(per patient)");
		System.out.printf("beds: lost %.4f %s (Erlang B %.4f), occupied %.4f %s (theory %.4f), cost %.0f %s%n", lost.mean(), lost,
				blocking, occupied.mean(), occupied, 16 * (1 - blocking) / 20, cost.mean(), cost);
		assertTrue(lost.contains(blocking), "Erlang B " + blocking + " outside " + lost);
		assertTrue(occupied.contains(16 * (1 - blocking) / 20), "occupancy outside " + occupied);
		assertTrue(cost.contains(1020), "10 EUR/h over 102 h outside " + cost);
		assertTrue(result.allExpectationsHold(), result.verdicts().toString());
	}

	@Test
	void theResolvedStepsSaySeizedAndReleasedAndSizingCountsTheWholeHold() {
		ResolvedModel resolved = ResolvedModelBuilder.of(ModelChecker.model(EXAMPLE));
		List<ResolvedModel.Step> steps = resolved.pathways().get(0).steps();
		assertEquals(List.of(List.of("Bed"), List.of("Bed"), List.of()),
				List.of(steps.get(0).resources(), steps.get(0).seizes(), steps.get(0).releases()));
		assertEquals(List.of(List.of("Nurse"), List.of(), List.of("Bed")),
				List.of(steps.get(3).resources(), steps.get(3).seizes(), steps.get(3).releases()));
		Map<String, Double> demand = CapacitySizing.of(resolved, "Baseline").stream()
				.collect(Collectors.groupingBy(SizingLine::resource, Collectors.summingDouble(SizingLine::demandHours)));
		// Offered load 16 beds all year (nobody turned away in static sizing): 1 + 3 + 96 + 2 = 102 h a patient.
		assertEquals(16 * 8760, demand.get("Bed"), 1e-6);
	}

	private static final String HEADER = """
			resource Bed count 10
			resource RehabBed count 5
			resource Nurse count 2
			cohort C {
			    arrivals 2 per day
			}
			""";

	private List<Problem> errors(String pathway) throws Exception {
		return ModelChecker.errors(dir, HEADER + pathway);
	}

	@Test
	void releasingWhatNoStepSeizedIsAnErrorAtTheName() throws Exception {
		ModelChecker.assertOneError(errors("""
				pathway P for C {
				    step Admission by Bed takes 1 h
				    step Discharge by Nurse releases Bed takes 2 h end
				}
				"""), 9, 38, "No step of P seizes Bed, so Discharge has none to release: write 'seizes Bed' in the step that takes it");
	}

	@Test
	void aStepThatSeizesAndReleasesTheSameResourceIsAnError() throws Exception {
		ModelChecker.assertOneError(errors("""
				pathway P for C {
				    step Admission seizes Bed releases Bed takes 1 h end
				}
				"""), 8, 40, "Admission seizes and releases Bed: a resource used for the step alone is written 'by Bed'");
	}

	@Test
	void aResourceBothUsedAndSeizedIsAnError() throws Exception {
		ModelChecker.assertOneError(errors("""
				pathway P for C {
				    step Admission by Bed seizes Bed takes 1 h
				    step Discharge by Nurse releases Bed takes 2 h end
				}
				"""), 8, 34, "Bed is written after 'by' and 'seizes': a step that seizes a resource uses it already");
	}

	@Test
	void transferringToARehabBedBeforeFreeingTheAcuteBedIsValid() throws Exception {
		assertEquals(List.of(), errors("""
				pathway P for C {
				    step Admission seizes Bed takes 1 h
				    step Transfer by Nurse seizes RehabBed releases Bed takes 1 h
				    step Rehab releases RehabBed takes 10 days end
				}
				"""));
	}

	@Test
	void theHoverSaysWhereAHeldResourceIsSeizedAndReleased() throws Exception {
		Path file = dir.resolve("model.care");
		Files.writeString(file, HEADER + """
				pathway P for C {
				    step Admission seizes Bed takes 1 h
				    step Discharge by Nurse releases Bed takes 2 h end
				}
				""");
		Model model = ModelChecker.modelOf(file).model(file);
		IEObjectDocumentationProvider docs = CareWorkspace.standalone().injector().getInstance(IEObjectDocumentationProvider.class);
		Pathway pathway = (Pathway) model.getElements().get(4);
		assertEquals("Keeps Bed after the step, busy until the end of Discharge (or the pathway).",
				docs.getDocumentation(pathway.getSteps().get(0)));
		assertEquals("Frees Bed, held since Admission, at the end of the step.", docs.getDocumentation(pathway.getSteps().get(1)));
	}
}
