package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.random.RandomStreams;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.workspace.CheckedModel;
import org.caretwin.lang.workspace.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models that check accepted and the generated Java then refused: names that Java or the generated code already
 * use, literals past int, tables past the 64 KB method limit. Each now compiles, loads and builds, or is refused by
 * check at its place.
 */
class HostileNamesAndNumbersTest {

	@TempDir
	Path dir;

	private CheckedModel model(String name, String text) throws Exception {
		Path folder = Files.createDirectories(dir.resolve(name));
		Path file = folder.resolve(name + ".care");
		Files.writeString(file, text);
		return ModelChecker.modelOf(file);
	}

	private void compilesAndBuilds(String name, String text) throws Exception {
		CheckedModel model = model(name, text);
		assertEquals(List.of(), model.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
		CompiledExperiment compiled = Simulation.compile(model.experiments().get(0));
		for (String scenario : compiled.plan().scenarios()) {
			CareModel built = compiled.factory().create(scenario);
			built.buildOnly(new RandomStreams(1, built.randomSourceNames()));
		}
	}

	private static String clinic(String resource, String step, String experiment) {
		return """
				resource %s count 2
				cohort Patients { arrivals 10 per day }
				pathway Visits for Patients { step %s by %s takes 20 min end }
				scenario Baseline
				experiment %s { horizon 30 days replications 2 seed 1 report wait(%s) }
				""".formatted(resource, step, resource, experiment, step);
	}

	@Test
	void aResourceAndAStepOfTheSameNameCompile() throws Exception {
		compilesAndBuilds("same", clinic("Physiotherapy", "Physiotherapy", "E"));
	}

	@Test
	void stepsNamedLikeGeneratedCodeOrPackagesCompile() throws Exception {
		compilesAndBuilds("settings", clinic("Doctor", "settings", "E"));
		compilesAndBuilds("java", clinic("Doctor", "java", "E"));
		compilesAndBuilds("patient", clinic("patient", "Patient", "E"));
	}

	@Test
	void experimentsNamedLikeTypesCompile() throws Exception {
		compilesAndBuilds("step", clinic("Doctor", "Visit", "Step"));
		compilesAndBuilds("string", clinic("Doctor", "Visit", "String"));
		compilesAndBuilds("underscore", clinic("Doctor", "Visit", "_"));
	}

	@Test
	void resourcesDifferingOnlyInCaseAreRefusedAtTheSecond() throws Exception {
		List<Problem> errors = model("gp", clinic("GP", "Visit", "E") + "resource Gp count 1\n").problems().stream()
				.filter(Problem::isError).toList();
		assertEquals(1, errors.size(), errors.toString());
		assertEquals(6, errors.get(0).line());
		assertEquals("The resource Gp differs from GP only in case: give it a distinct name", errors.get(0).message());
	}

	@Test
	void literalsPastIntAreRefusedOrWrittenAsDoubles() throws Exception {
		List<Problem> errors = model("trillion", clinic("Doctor", "Visit", "E").replace("takes 20 min",
				"takes 1000000000000 min")).problems().stream().filter(Problem::isError).toList();
		assertEquals(List.of("A time over 100 years cannot be simulated"), errors.stream().map(Problem::message).toList());
		String warmup = clinic("Doctor", "Visit", "E").replace("horizon 30 days", "horizon 30 days warmup " + "4".repeat(400) + " h");
		errors = model("digits", warmup).problems().stream().filter(Problem::isError).toList();
		assertEquals(List.of("A time over 100 years cannot be simulated"), errors.stream().map(Problem::message).toList());
		errors = model("count", clinic("Doctor", "Visit", "E").replace("count 2", "count 99999999999999999999")).problems()
				.stream().filter(Problem::isError).toList();
		assertEquals("'99999999999999999999' is too large: a whole number here is at most 2147483647", errors.get(0).message());
		assertEquals(1, errors.get(0).line(), errors.toString());
		// A large count that fits an int stays exact in the generated code.
		compilesAndBuilds("wide", clinic("Doctor", "Visit", "E").replace("count 2", "count 2000000000"));
	}

	@Test
	void aNameOf65000CharactersIsRefused() throws Exception {
		String name = "R" + "x".repeat(65_000);
		List<Problem> errors = model("long", clinic(name, "Visit", "E")).problems().stream().filter(Problem::isError).toList();
		assertEquals(1, errors.size(), errors.size() + " errors");
		assertTrue(errors.get(0).message().startsWith("A name may have at most 200 characters"), errors.get(0).message());
	}

	@Test
	void aSeriesOfAMillionDaysAndAnEmpiricalOfThousandsOfValuesCompile() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("million"));
		StringBuilder csv = new StringBuilder("date,count\n");
		LocalDate day = LocalDate.of(2024, 1, 1);
		for (int i = 0; i < 1_000_000; i++) {
			csv.append(day.plusDays(i)).append(',').append(i % 7).append('\n');
		}
		Files.writeString(folder.resolve("admissions.csv"), csv);
		StringBuilder empirical = new StringBuilder("empirical(");
		for (int i = 1; i <= 5000; i++) {
			empirical.append(i == 1 ? "" : ", ").append(i).append(" min weight ").append(1 + i % 3);
		}
		empirical.append(")");
		compilesAndBuilds("million", """
				resource Doctor count 2
				cohort Patients { arrivals from "admissions.csv" }
				pathway Visits for Patients { step Visit by Doctor takes %s end }
				scenario Baseline
				experiment E { horizon 30 days replications 2 seed 1 report wait(Visit) }
				""".formatted(empirical));
	}

	@Test
	void aTableOfAHundredThousandStaysCompiles() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("table"));
		StringBuilder csv = new StringBuilder("patient,stay\n");
		for (int i = 0; i < 100_000; i++) {
			csv.append(i).append(',').append(1 + i % 9).append('\n');
		}
		Files.writeString(folder.resolve("stays.csv"), csv);
		CheckedModel model = model("table", """
				resource Bed unlimited
				cohort Patients { arrivals 20 per day }
				pathway Ward for Patients { step Stay uses Bed for empirical from "stays.csv" column stay in days end }
				scenario Baseline
				experiment E { horizon 365 days replications 2 seed 1 report duration(pathway) }
				""");
		assertEquals(List.of(), model.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
		CareModel built = Simulation.compile(model.experiments().get(0)).factory().create("Baseline");
		double days = built.run(new RandomStreams(1, built.randomSourceNames()), 0, 0, 365 * 24).get("duration(pathway)");
		// Stays 1..9 days, equally often: a mean of 5 days (patients still in the ward at the end are not counted).
		assertEquals(5, days, 0.15);
	}
}
