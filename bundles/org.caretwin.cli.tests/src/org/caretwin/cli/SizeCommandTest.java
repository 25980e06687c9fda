package org.caretwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code caretwin size} prints the table it printed when sizing went through generated code. */
class SizeCommandTest {

	private static final String MM5 = "../../dsl-examples/textbook/mmc/mmc.care";

	private final CliRun cli = new CliRun();

	@Test
	void theMm5QueueIsSizedInTheSameTable() {
		assertEquals(Command.OK, cli.run("size", MM5), cli.err());
		assertEquals("""
				Capacity sizing, scenario Baseline (hours per year; demand P5-P95 from arrival and profile variability)
				  resource           zone               units       demand                  P5 - P95    available    load    needed      gap  flag
				  Clerk              all                    5        39420             39093 - 39747        43800     90%       4.5     -0.5  TIGHT (queues grow)

				""".replace("\n", System.lineSeparator()), cli.out());
	}

	@Test
	void anUnknownScenarioIsAUsageErrorNamingTheExperimentsScenarios() {
		cli.run("size", MM5, "--scenario", "Elsewhere");
		cli.assertFails(Command.USAGE, "caretwin size: no scenario Elsewhere; the experiment has [Baseline]");
	}
}
