package org.caretwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int check(String... args) {
		return new CareTwinCli().run(List.of(args).isEmpty() ? List.of("check") : prepend(args),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static List<String> prepend(String... args) {
		java.util.ArrayList<String> all = new java.util.ArrayList<>(List.of("check"));
		all.addAll(List.of(args));
		return all;
	}

	@Test
	void theExamplesCheckClean() {
		assertEquals(Command.OK, check("../../dsl-examples"), err.toString(StandardCharsets.UTF_8));
		assertEquals("", out.toString(StandardCharsets.UTF_8));
		List<String> summary = err.toString(StandardCharsets.UTF_8).lines().toList();
		assertTrue(summary.contains(Path.of("../../dsl-examples/loire") + ": 3 files, no errors"), summary.toString());
		assertEquals("14 models, 16 files: no errors", summary.get(summary.size() - 1), "the examples, decisions included");
	}

	@Test
	void aBrokenModelGivesFileLineColumnAndExitOne(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("queue.care");
		Files.writeString(model, """
				resource Clerk count 2
				cohort Customers { arrivals 3 per h }
				pathway Queue for Customers {
				    step Service by Clark takes 10 min
				}
				""");
		assertEquals(Command.MODEL_ERRORS, check(model.toString()));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.startsWith(model + ":4:21: error: no resource 'Clark' — did you mean 'Clerk'?"), printed);
	}

	@Test
	void aFileIsCheckedWithTheOtherFilesOfItsFolder(@TempDir Path dir) throws Exception {
		Path clerks = dir.resolve("clerks.care");
		Files.writeString(clerks, "resource Clerk count 2 calendar Office\n");
		Path queue = dir.resolve("queue.care");
		Files.writeString(queue, """
				cohort Customers { arrivals 3 per h }
				pathway Queue for Customers {
				    step Service by Clerk takes 10 min
				    end
				}
				""");
		assertEquals(Command.MODEL_ERRORS, check(queue.toString()));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertEquals(clerks + ":1:33: error: no calendar 'Office': none is declared in the model (the .care files of this folder)",
				printed.strip());
		assertEquals(dir + ": 2 files, 1 error", err.toString(StandardCharsets.UTF_8).strip());
	}

	@Test
	void aDirectoryIsCheckedFolderByFolder(@TempDir Path dir) throws Exception {
		Files.createDirectories(dir.resolve("a"));
		Files.createDirectories(dir.resolve("b"));
		Files.writeString(dir.resolve("a/clerks.care"), "resource Clerk count 2\n");
		Path queue = dir.resolve("b/queue.care");
		Files.writeString(queue, """
				cohort Customers { arrivals 3 per h }
				pathway Queue for Customers {
				    step Service by Clerk takes 10 min
				    end
				}
				""");
		assertEquals(Command.MODEL_ERRORS, check(dir.toString()));
		// Folder a is a model of its own, in which nothing uses the clerks either.
		assertEquals(dir.resolve("a/clerks.care") + ":1:10: warning: The resource Clerk is used by no step: add it to a step"
				+ " ('by Clerk') or remove it\n"
				+ queue + ":3:21: error: no resource 'Clerk': none is declared in the model (the .care files of this folder)",
				out.toString(StandardCharsets.UTF_8).strip());
	}

	@Test
	void aMissingFileIsAUsageError() {
		assertEquals(Command.USAGE, check("no/such/model.care"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("no/such/model.care: no such file or directory"));
	}
}
