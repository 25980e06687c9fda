package org.caretwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models saved by any editor run alike; output files appear complete, all together, or not at all. */
class EncodingAndOutputsTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	/** Each saved file gets a folder of its own: the .care files of one folder form one model. */
	private String saved(String name, String prefix, String lineEnding) throws Exception {
		Path file = Files.createDirectories(dir.resolve(name.replace(".care", ""))).resolve(name);
		Files.write(file, (prefix + HostileModelsTest.QUEUE.replace("\n", lineEnding)).getBytes(StandardCharsets.UTF_8));
		return file.toString();
	}

	@Test
	void aByteOrderMarkAndEveryLineEndingGiveTheSameResults() throws Exception {
		assertEquals(Command.OK, cli.run("simulate", saved("lf.care", "", "\n")), cli.err());
		String expected = cli.out();
		for (String file : List.of(saved("bom.care", "\uFEFF", "\n"), saved("crlf.care", "\uFEFF", "\r\n"),
				saved("cr.care", "", "\r"))) {
			assertEquals(Command.OK, cli.run("check", file), cli.err());
			assertEquals(Path.of(file).getParent() + ": 1 file, no errors", cli.err().strip(), file);
			assertEquals(Command.OK, cli.run("simulate", file), cli.err());
			assertEquals(expected, cli.out(), file);
			assertEquals("", cli.err(), file);
		}
	}

	@Test
	void errorsInACrOnlyModelAreAtTheLineAnEditorShows() throws Exception {
		Path file = dir.resolve("cr.care");
		Files.writeString(file, HostileModelsTest.QUEUE.replace("by Clerk", "by Clark").replace("\n", "\r"));
		assertEquals(Command.MODEL_ERRORS, cli.run("check", file.toString()));
		assertEquals(file + ":4:21: error: no resource 'Clark' — did you mean 'Clerk'?", cli.out().strip());
		cli.assertNoStackTrace();
	}

	@Test
	void aModelThatIsNotUtf8IsRefusedWithItsLine() throws Exception {
		Path file = dir.resolve("latin1.care");
		Files.write(file, ("// caf\u00e9\n" + HostileModelsTest.QUEUE).getBytes(StandardCharsets.ISO_8859_1));
		cli.run("check", file.toString());
		cli.assertFails(Command.USAGE, "caretwin check: " + file + " is not UTF-8 text (line 1); save it as UTF-8");
	}

	@Test
	void allOutputsAreWrittenAndNoTemporaryFileIsLeft() throws Exception {
		String model = saved("queue.care", "", "\n");
		Path json = dir.resolve("out/results.json");
		Path events = dir.resolve("out/events.csv");
		assertEquals(Command.OK, cli.run("simulate", model, "--json", json.toString(), "--csv", dir.resolve("out/csv").toString(),
				"--events", events.toString(), "--html", dir.resolve("out/report.html").toString()), cli.err());
		assertTrue(Files.readString(json).endsWith("}\n"));
		assertTrue(Files.readString(events).startsWith("case,scenario,"));
		assertEquals(List.of("comparisons.csv", "kpis.csv", "replications.csv"), names(dir.resolve("out/csv")));
		assertEquals(List.of("csv", "events.csv", "report.html", "results.json"), names(dir.resolve("out")));
	}

	@Test
	void aFailedCsvAfterJsonLeavesTheOldJsonAndNoMixedSet() throws Exception {
		String model = saved("queue.care", "", "\n");
		Path json = dir.resolve("results.json");
		Files.writeString(json, "old results");
		Path notAFolder = dir.resolve("file");
		Files.writeString(notAFolder, "");
		Path csv = notAFolder.resolve("csv");
		assertEquals(Command.USAGE, cli.run("simulate", model, "--json", json.toString(), "--csv", csv.toString()));
		assertTrue(cli.lastErrLine().startsWith("caretwin simulate: cannot write " + csv + ": "), cli.err());
		assertTrue(cli.lastErrLine().endsWith("; nothing was written"), cli.err());
		cli.assertNoStackTrace();
		assertEquals("old results", Files.readString(json));
		assertEquals(List.of("file", "queue", "results.json"), names(dir));
	}

	@Test
	void generateWritesCompleteFilesOnly() throws Exception {
		String model = saved("queue.care", "", "\n");
		Path out = dir.resolve("generated");
		assertEquals(Command.OK, cli.run("generate", model, "-o", out.toString()), cli.err());
		try (Stream<Path> files = Files.walk(out)) {
			List<String> written = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
			assertEquals(1, written.size(), written.toString());
			assertTrue(written.get(0).endsWith(".java"), written.toString());
		}
	}

	private static List<String> names(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
