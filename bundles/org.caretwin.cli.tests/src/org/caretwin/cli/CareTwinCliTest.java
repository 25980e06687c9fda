package org.caretwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CareTwinCliTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new CareTwinCli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void helpListsEverySubcommandOnOneLine() {
		assertEquals(Command.OK, run("help"));
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		for (String name : List.of("ide", "check", "simulate", "size", "generate", "diagram", "bpmn", "bench", "help")) {
			long matching = lines.stream().filter(l -> l.startsWith("  " + name + " ")).count();
			assertEquals(1, matching, name + " in\n" + lines);
		}
	}

	@Test
	void unknownSubcommandPrintsUsageAndExitsTwo() {
		assertEquals(Command.USAGE, run("simulat"));
		String text = err.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("unknown subcommand 'simulat'"), text);
		assertTrue(text.contains("usage: caretwin"), text);
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void noArgumentsPrintsUsageAndExitsTwo() {
		assertEquals(Command.USAGE, run());
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: caretwin"));
	}
}
