package org.caretwin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

	private static final String MM5 = "../../dsl-examples/textbook/mmc/mmc.care";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return new CareTwinCli().run(new ArrayList<>(List.of(args)), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theTextbookQueuePrintsItsKpisAndHoldsItsExpectations() {
		assertEquals(Command.OK, run("simulate", MM5, "--replications", "5"), err.toString(StandardCharsets.UTF_8));
		assertTrue(stdout().contains("wait(Service)"), stdout());
		assertTrue(stdout().contains("2 expectations, 0 failed"), stdout());
	}

	@Test
	void aFailedExpectationExitsWithThree(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("strict.care");
		Files.writeString(model, Files.readString(Path.of(MM5)).replace("expect wait(Service) < 0.07 days", "expect wait(Service) < 0.01 days"));
		assertEquals(Command.EXPECTATION_FAILED, run("simulate", model.toString(), "--replications", "3"));
		assertTrue(stdout().contains("FAIL expect wait(Service) < 0.01 days"), stdout());
	}

	@Test
	void aModelErrorExitsWithOneAndSaysWhere(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("broken.care");
		Files.writeString(model, Files.readString(Path.of(MM5)).replace("takes exponential(mean 1 h)", "takes exponential(mean 0 h)"));
		assertEquals(Command.MODEL_ERRORS, run("simulate", model.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains(model + ":12:50: error: This value must be more than zero"), err.toString(StandardCharsets.UTF_8));
		assertEquals("", stdout());
	}

	@Test
	void theSameSeedGivesTheSameJsonBytesWhateverTheThreadCount(@TempDir Path dir) throws Exception {
		Path one = dir.resolve("one.json");
		Path two = dir.resolve("two.json");
		assertEquals(Command.OK, run("simulate", MM5, "--replications", "4", "--threads", "1", "--json", one.toString()));
		assertEquals(Command.OK, run("simulate", MM5, "--replications", "4", "--threads", "2", "--json", two.toString()));
		assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
		String json = Files.readString(one);
		assertTrue(json.contains("\"schema\": \"caretwin.results/1\""), json);
		assertTrue(json.contains("\"name\": \"wait(Service)\", \"unit\": \"days\", \"mean\": "), json);
		Path other = dir.resolve("other.json");
		run("simulate", MM5, "--replications", "4", "--seed", "2", "--json", other.toString());
		assertTrue(!Files.readString(other).equals(json), "another seed gives other numbers");
	}

	@Test
	void csvAndEventLogAreWritten(@TempDir Path dir) throws Exception {
		Path events = dir.resolve("events.csv");
		assertEquals(Command.OK, run("simulate", MM5, "--replications", "2", "--csv", dir.resolve("csv").toString(),
				"--events", events.toString(), "--trace", "2"));
		List<String> log = Files.readAllLines(events);
		assertEquals("case,scenario,profile,zone,activity,mode,resource,resourceZone,start,end,replication,status,reason", log.get(0));
		assertTrue(log.size() > 1000, "events: " + log.size());
		assertTrue(log.get(1).matches("\\d+,Baseline,patient,\\w+,Service,onsite,Clerk,\\w+,2024-.*"), log.get(1));
		List<String> kpis = Files.readAllLines(dir.resolve("csv/kpis.csv"));
		assertTrue(kpis.stream().anyMatch(l -> l.startsWith("Baseline,wait(Service),days,")), kpis.toString());
		assertTrue(stdout().contains("patient 0 (patient, "), stdout());
	}

	@Test
	void anXesEventLogHoldsTheReplicationsAskedForAndNoMoreThanTheRun(@TempDir Path dir) throws Exception {
		Path xes = dir.resolve("log.xes");
		assertEquals(Command.OK, run("simulate", MM5, "--replications", "3", "--events", xes.toString(),
				"--events-replications", "2"), err.toString(StandardCharsets.UTF_8));
		String log = Files.readString(xes);
		assertTrue(log.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849-2016\""), log.substring(0, 200));
		assertTrue(log.contains("<string key=\"concept:name\" value=\"Baseline/1/0\"/>"), "replication 1 is there");
		assertTrue(!log.contains("value=\"Baseline/2/0\""), "replication 2 is not");

		assertEquals(Command.USAGE, run("simulate", MM5, "--replications", "3", "--events", xes.toString(),
				"--events-replications", "4"));
		assertEquals("caretwin simulate: --events-replications must be at most the 3 replications of the run, was 4\n",
				err.toString(StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElse("") + "\n");
		assertEquals(Command.USAGE, run("simulate", MM5, "--events-replications", "2"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("caretwin simulate: --events-replications needs --events FILE"),
				err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void traceTellsArrivalsWaitsAndLosses() {
		assertEquals(Command.OK, run("simulate", MM5, "--replications", "2", "--trace", "30"));
		List<String> lines = stdout().lines().dropWhile(l -> !l.startsWith("Trace of the first 30 patients")).toList();
		assertEquals("Trace of the first 30 patients (scenario Baseline, replication 0)", lines.get(0));
		assertTrue(lines.get(1).matches("Mon 2024-01-01 00:\\d\\d:\\d\\d  patient 0 \\(patient, all\\) arrives"), lines.get(1));
		assertTrue(lines.stream().anyMatch(l -> l.matches(".* patient \\d+ \\(patient, all\\) starts waiting for Service: Clerk@all busy")),
				String.join("\n", lines));
		assertTrue(lines.stream().anyMatch(l -> l.matches(".* patient 29 \\(patient, all\\) leaves the pathway after \\d+\\.\\d days")),
				String.join("\n", lines));

		assertEquals(Command.OK, run("simulate", "../../dsl-examples/textbook/loss/loss.care", "--replications", "2", "--trace", "2000"));
		assertTrue(stdout().lines().anyMatch(l -> l.matches(".* patient \\d+ \\(patient, all\\) is lost at Stay: cancelled, no bed")),
				stdout());
	}

	@Test
	void unknownOptionIsAUsageError() {
		assertEquals(Command.USAGE, run("simulate", MM5, "--replicatons", "3"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --replicatons"));
	}

	@Test
	void scenariosRunsOnlyTheNamedScenariosAndRefusesOthers(@TempDir Path dir) throws Exception {
		String loire = "../../dsl-examples/loire/arthroplasty.care";
		Path json = dir.resolve("two.json");
		int code = run("simulate", loire, "--replications", "2", "--scenarios", "MoreHomeRehab, Baseline", "--json", json.toString());
		assertTrue(code == Command.OK || code == Command.EXPECTATION_FAILED, err.toString(StandardCharsets.UTF_8));
		String written = Files.readString(json);
		assertTrue(written.contains("{\"name\": \"Baseline\", \"kpis\""), written);
		assertTrue(written.contains("\"scenario\": \"MoreHomeRehab\", \"baseline\": \"Baseline\""), written);
		assertTrue(!written.contains("Telemedicine"), "Telemedicine and the expectations about it are left out");

		assertEquals(Command.USAGE, run("simulate", loire, "--scenarios", "Remote"));
		assertEquals("caretwin simulate: experiment Loire2026 has no scenario Remote; it runs Baseline, Telemedicine, MoreHomeRehab"
				+ System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
		assertEquals(Command.USAGE, run("simulate", loire, "--scenarios", "Baseline,,"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--scenarios needs names separated by commas, was 'Baseline,,'"));
	}
}
