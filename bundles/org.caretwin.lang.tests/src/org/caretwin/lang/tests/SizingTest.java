package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.sizing.CapacitySizing;
import org.caretwin.lang.sizing.SizingLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static sizing agrees with the simulation where capacity is ample, and flags what is short. */
class SizingTest {

	private static ResolvedModel resolved(Path folder) {
		return ResolvedModelBuilder.of(ModelChecker.model(folder));
	}

	private static CompiledExperiment compile(Path folder) {
		return Simulation.compile(ModelChecker.model(folder).experiments().get(0));
	}

	/**
	 * The Loire model with twice the beds, so that no admission is cancelled: then every resource sees the demand that
	 * static sizing computes (in the example, 45 beds lose about 9% of admissions to the weekday surgery peaks).
	 */
	@Test
	void sizedDemandMatchesSimulatedBusyHoursWhereCapacityIsAmple(@TempDir Path dir) throws Exception {
		for (Path file : ModelChecker.model(ModelChecker.examples().resolve("loire")).files()) {
			String text = Files.readString(file).replace("resource Bed           count 45", "resource Bed           count 90");
			Files.writeString(dir.resolve(file.getFileName()), text);
		}
		CompiledExperiment compiled = compile(dir);
		List<SizingLine> lines = CapacitySizing.of(resolved(dir), "Baseline");
		Map<String, List<SizingLine>> byResource = lines.stream().collect(Collectors.groupingBy(SizingLine::resource));
		ExperimentResult simulated = ExperimentRunner.onAllCores().run(compiled.factory(),
				compiled.plan().withReplications(10));
		int compared = 0;
		for (Map.Entry<String, List<SizingLine>> e : byResource.entrySet()) {
			boolean ample = e.getValue().stream().allMatch(l -> Double.isInfinite(l.availableHours()) || l.load() < 0.7);
			double sized = e.getValue().stream().mapToDouble(SizingLine::demandHours).sum();
			if (!ample || sized == 0) {
				continue;
			}
			double busy = simulated.interval("Baseline", "busyHours(" + e.getKey() + ")").mean();
			System.out.printf("%s: sized %.0f h/year, simulated %.0f h/year%n", e.getKey(), sized, busy);
			assertEquals(sized, busy, 0.04 * sized, e.getKey());
			compared++;
		}
		assertTrue(compared >= 4, "resources compared: " + compared);
	}

	@Test
	void zonalArrivalsComeFromTheirZonesOnly(@TempDir Path dir) throws Exception {
		for (Path file : ModelChecker.model(ModelChecker.examples().resolve("loire")).files()) {
			if (!file.getFileName().toString().equals("arthroplasty.care")) {
				Files.copy(file, dir.resolve(file.getFileName()));
			}
		}
		Files.writeString(dir.resolve("zonal.care"), """
				import Loire.*
				cohort Local { arrivals per year { SaintEtienne 1000  Roanne 500 } }
				pathway Visits for Local { step Visit by GP takes 20 min end }
				scenario Baseline
				experiment E { horizon 2 years replications 4 seed 9 report arrivals }
				""");
		CompiledExperiment compiled = compile(dir);
		assertEquals(1500, new org.caretwin.experiment.ExperimentRunner(2).run(compiled.factory(), compiled.plan())
				.interval("Baseline", "arrivals").mean(), 45);
		Map<String, Double> gpDemand = CapacitySizing.of(resolved(dir), "Baseline").stream()
				.filter(l -> l.resource().equals("GP")).collect(Collectors.toMap(SizingLine::zone, SizingLine::demandHours));
		assertEquals(1000 / 3.0, gpDemand.get("SaintEtienne"), 1e-6);
		assertEquals(500 / 3.0, gpDemand.get("Roanne"), 1e-6);
		assertEquals(0, gpDemand.get("Montbrison"), 1e-9);
	}

	@Test
	void aResourceBelowDemandIsFlagged() {
		SizingLine rehab = CapacitySizing.of(resolved(ModelChecker.examples().resolve("loire")), "Baseline").stream()
				.filter(l -> l.resource().equals("RehabBed")).findFirst().orElseThrow();
		// 3070 patients x (58% x 50% + 42% x 40%) x 23 days = 32,300 bed-days a year, i.e. 88 beds of the 100.
		assertEquals(88.6, rehab.unitsNeeded(), 1.0);
		assertTrue(rehab.demandP5() < rehab.demandHours() && rehab.demandHours() < rehab.demandP95());
		assertEquals("TIGHT (queues grow)", rehab.flag());
	}
}
