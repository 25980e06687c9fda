package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.sizing.CapacitySizing;
import org.caretwin.lang.sizing.SizingLine;
import org.caretwin.lang.workspace.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code arrivals in North +50%}: one zone's rate of arrivals written per zone, against Poisson counts and busy hours
 * (λ · E[S]), the other zone's patients drawn exactly as before, and the rules with their positions.
 */
class ZoneArrivalsTest {

	private static final Path EXAMPLE = ModelChecker.examples().resolve("textbook/zones");

	@TempDir
	Path dir;

	@Test
	void oneZonesArrivalsGrowAndTheOtherZoneIsDrawnAlike() {
		CompiledExperiment compiled = Simulation.compile(ModelChecker.model(EXAMPLE).experiments().get(0));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		// 0.5 an hour in North, 1 in South; consultations of mean 1 h, so busy hours a year = arrivals a year.
		assertContains(result.interval("Baseline", "arrivals"), 1.5 * 8760, "Baseline arrivals");
		assertContains(result.interval("NorthGrows", "arrivals"), 1.75 * 8760, "North +50%");
		assertContains(result.interval("Baseline", "busyHours(Doctor@North)"), 0.5 * 8760, "North busy hours");
		assertContains(result.interval("NorthGrows", "busyHours(Doctor@North)"), 0.75 * 8760, "North busy hours, +50%");
		assertContains(result.interval("Baseline", "busyHours(Doctor@South)"), 8760, "South busy hours");
		// South's patients have streams and numbers of their own: not one of their draws changes.
		for (String kpi : List.of("busyHours(Doctor@South)")) {
			ConfidenceInterval difference = result.comparisons().stream()
					.filter(c -> c.scenario().equals("NorthGrows") && c.kpi().equals(kpi)).findFirst().orElseThrow().paired();
			System.out.printf("zones: %s NorthGrows - Baseline %s%n", kpi, difference);
			assertEquals(0, difference.mean(), 0.0);
			assertEquals(0, difference.high() - difference.low(), 0.0);
		}
	}

	private static void assertContains(ConfidenceInterval interval, double theory, String what) {
		System.out.printf("zones: %s %.1f %s (theory %.1f)%n", what, interval.mean(), interval, theory);
		assertTrue(interval.contains(theory), what + ": " + interval + " against " + theory);
	}

	@Test
	void sizingSeesTheZonesChangedRate() {
		ResolvedModel resolved = ResolvedModelBuilder.of(ModelChecker.model(EXAMPLE));
		assertEquals(1.5 * 8760, demand(resolved, "Baseline"), 1e-6);
		assertEquals(1.75 * 8760, demand(resolved, "NorthGrows"), 1e-6);
	}

	private static double demand(ResolvedModel resolved, String scenario) {
		return CapacitySizing.of(resolved, scenario).stream().mapToDouble(SizingLine::demandHours).sum();
	}

	private static final String MODEL = """
			import Valley.*
			territory Valley { zone North population 20000  zone South population 30000 }
			resource Doctor density 10 per 100000
			cohort Zonal { arrivals per h { North 0.5 } }
			cohort Placed { arrivals 1 per h }
			pathway P for Zonal { step Visit by Doctor takes 20 min end }
			pathway Q for Placed { step Consultation by Doctor takes 20 min end }
			""";

	private List<Problem> errors(String scenario) throws Exception {
		return ModelChecker.errors(dir, MODEL + scenario);
	}

	@Test
	void aZonesChangeNeedsARateWrittenForThatZone() throws Exception {
		assertEquals(List.of(), errors("scenario S { arrivals in North +20%  arrivals of Zonal in North -20% }\n"));
		ModelChecker.assertOneError(errors("scenario S { arrivals of Placed in North +20% }\n"), 8, 36, "The arrivals of Placed are not written"
				+ " per zone ('arrivals per year { North 600 ... }'): no rate of North to change");
		ModelChecker.assertOneError(errors("scenario S { arrivals in South +20% }\n"), 8, 26,
				"No cohort has arrivals written for South ('arrivals per year { South 600 ... }'): no rate to change");
		List<Problem> unknown = errors("scenario S { arrivals in Nord +20% }\n");
		assertEquals(1, unknown.size(), unknown.toString());
		assertEquals(List.of(8, 26), List.of(unknown.get(0).line(), unknown.get(0).column()));
		assertTrue(unknown.get(0).message().contains("Nord"), unknown.get(0).message());
		assertTrue(!unknown.get(0).message().contains("\n"), "one line");
	}
}
