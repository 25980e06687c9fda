package org.caretwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models a modeller may receive from someone else, each given to the command that used to print a stack trace,
 * hang or run without end. Every one must end in one line and a documented exit code.
 * <p>
 * Some of these will be refused by {@code check} itself as validation learns their rules; then the command stops
 * earlier, at the model's line and column, which {@link #assertCannotRun} accepts as well.
 */
class HostileModelsTest {

	/** A valid M/M/5 queue to start from: five clerks, 4.5 arrivals an hour, exponential service of 1 h. */
	static final String QUEUE = """
			resource Clerk count 5
			cohort Customers { arrivals 4.5 per h }
			pathway Queue for Customers {
			    step Service by Clerk takes exponential(mean 1 h)
			    end
			}
			scenario Baseline
			experiment MM5 { compare Baseline horizon 1000 h replications 3 seed 1 report wait(Service), utilisation(Clerk) }
			""";

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	private String model(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file.toString();
	}

	private String queueWith(String name, String from, String to) throws Exception {
		assertTrue(QUEUE.contains(from), from);
		return model(name, QUEUE.replace(from, to));
	}

	/** Valid for {@code check}; the engine finds that zone B has no clerk within reach. */
	private String zoneBReachesNoClerk() throws Exception {
		return model("zone.care", "import T.*\nterritory T {\n    zone A population 1000\n    zone B population 1000\n"
				+ "    site Clinic in A\n}\n" + QUEUE.replace("count 5", "count 2 at Clinic"));
	}

	/** Refused at run time with {@code message}, or by validation at a position of the model. */
	private void assertCannotRun(String command, String file, String message) {
		assertEquals(Command.MODEL_ERRORS, cli.run(command, file), cli.err());
		String refusedByCheck = "caretwin " + command + ": " + file + " has errors; correct them and run again";
		if (cli.lastErrLine().equals(refusedByCheck)) {
			assertTrue(cli.err().startsWith(file + ":"), cli.err());
		} else {
			cli.assertFails(Command.MODEL_ERRORS, "caretwin " + command + ": the model cannot run: " + message);
		}
		cli.assertNoStackTrace();
	}

	@Test
	void checkOfATextFileIsAUsageError() throws Exception {
		String file = model("notcare.txt", "hello world\n");
		cli.run("check", file);
		cli.assertFails(Command.USAGE, "caretwin check: " + file + " is not a .care file; give a model file ending in .care");
	}

	@Test
	void aMissingFileIsTheSameUsageErrorForEveryCommand() {
		for (String command : new String[] { "check", "simulate", "size" }) {
			cli.run(command, "no/such/model.care");
			cli.assertFails(Command.USAGE, "caretwin " + command + ": no/such/model.care: no such file or directory");
		}
		cli.run("generate", "no/such/model.care", "-o", dir.toString());
		cli.assertFails(Command.USAGE, "caretwin generate: no/such/model.care: no such file or directory");
	}

	@Test
	void sizeWithCountZero() throws Exception {
		assertCannotRun("size", queueWith("count0.care", "count 5", "count 0"),
				"no Clerk can be reached from zone all: give it a count or a density, or a travel time to a zone that has one");
	}

	@Test
	void sizeWithDensityZero() throws Exception {
		assertCannotRun("size", queueWith("density0.care", "count 5", "density 0 per 100000"),
				"no Clerk can be reached from zone all: give it a count or a density, or a travel time to a zone that has one");
	}

	@Test
	void sizeWithNoArrivals() throws Exception {
		assertCannotRun("size", queueWith("zero.care", "arrivals 4.5 per h", "arrivals 0 per year"),
				"exponential mean must be a positive number, was Infinity");
	}

	@Test
	void sizeWithImpossibleOpeningHours() throws Exception {
		assertCannotRun("size", model("calendar.care", "calendar C { monday..friday 25:00-99:99 }\n"
				+ QUEUE.replace("count 5", "count 5 calendar C")), "bad opening interval: day 0 25.0-100.65");
	}

	@Test
	void sizeWithAZoneThatReachesNoResource() throws Exception {
		String file = zoneBReachesNoClerk();
		assertCannotRun("size", file,
				"no Clerk can be reached from zone B: give it a count or a density, or a travel time to a zone that has one");
	}

	@Test
	void simulateWithOneReplication() throws Exception {
		assertCannotRun("simulate", queueWith("one.care", "replications 3", "replications 1"),
				"at least 2 replications are needed for a confidence interval");
	}

	@Test
	void simulateWithAnEmptyUniform() throws Exception {
		assertCannotRun("simulate", queueWith("uniform.care", "exponential(mean 1 h)", "uniform(5 min, 1 min)"),
				"uniform: max 0.016666666666666666 < min 0.08333333333333333");
	}

	@Test
	void arrivalsWithZeroGapsStopAtOnceInsteadOfFillingTheMemory() throws Exception {
		String file = queueWith("zerogap.care", "arrivals 4.5 per h", "arrivals every uniform(0 min, 0 min)");
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertCannotRun("simulate", file,
				"the arrivals of Customers have gaps of mean 0.0 h: the time between arrivals must be more than zero on average"));
	}

	@Test
	void aCenturyOfTenReplicationsIsRefusedBeforeRunning() throws Exception {
		cli.run("simulate", model("long.care",
				QUEUE.replace("horizon 1000 h", "horizon 100 years").replace("replications 3", "replications 10")));
		cli.assertFails(Command.RUN_TOO_LARGE, "caretwin simulate: the run would make about 1.18e+08 events (1 scenario x 10"
				+ " replications over 876000 h), more than the allowed 1.00e+08; shorten the horizon or lower the"
				+ " replications, or allow it with --max-events 200000000");
	}

	@Test
	void tenThousandReplicationsAreRefusedBeforeRunning() throws Exception {
		cli.run("simulate", queueWith("many.care", "replications 3", "replications 10000"));
		cli.assertFails(Command.RUN_TOO_LARGE, "caretwin simulate: the run would make about 1.45e+08 events (1 scenario x"
				+ " 10000 replications over 1000 h), more than the allowed 1.00e+08; shorten the horizon or lower the"
				+ " replications, or allow it with --max-events 200000000");
	}

	@Test
	void aBillionArrivalsAYearAreRefusedBeforeRunning() throws Exception {
		cli.run("simulate", queueWith("billion.care", "arrivals 4.5 per h", "arrivals 1000000000 per year"));
		cli.assertFails(Command.RUN_TOO_LARGE, "caretwin simulate: the run would make about 1.03e+09 events (1 scenario x"
				+ " 3 replications over 1000 h), more than the allowed 1.00e+08; shorten the horizon or lower the"
				+ " replications, or allow it with --max-events 2000000000");
	}

	@Test
	void maxEventsLowersAndRaisesTheBound() throws Exception {
		String file = model("queue.care", QUEUE);
		cli.run("simulate", file, "--max-events", "1000");
		assertTrue(cli.lastErrLine().startsWith("caretwin simulate: the run would make about 43500 events"), cli.err());
		assertEquals(Command.RUN_TOO_LARGE, cli.run("simulate", file, "--max-events", "1000"));
		assertEquals(Command.OK, cli.run("simulate", file, "--max-events", "50000"), cli.err());
	}

	@Test
	void aFileNameWithANewLineStaysOnOneLine() throws Exception {
		String file = model("we\nird.care", QUEUE.replace("by Clerk", "by Clark"));
		assertEquals(Command.MODEL_ERRORS, cli.run("check", file));
		String escaped = file.replace("\n", "\\n");
		assertEquals(escaped + ":4:21: error: no resource 'Clark' — did you mean 'Clerk'?", cli.out().strip());
	}

	@Test
	void debugShowsTheStackTraceOfAFailureInTheEngine() throws Exception {
		String file = zoneBReachesNoClerk();
		assertEquals(Command.MODEL_ERRORS, cli.run("size", file, "--debug"));
		assertTrue(cli.err().contains("\tat org.caretwin.engine."), cli.err());
	}
}
