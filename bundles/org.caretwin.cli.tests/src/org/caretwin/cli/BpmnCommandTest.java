package org.caretwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caretwin bpmn export|import}: files written, declarations added where missing, bad input in one line. */
class BpmnCommandTest {

	private static final String MMC = "../../dsl-examples/textbook/mmc/mmc.care";
	private static final String LOIRE = "../../dsl-examples/loire/arthroplasty.care";

	private final CliRun cli = new CliRun();

	@Test
	void exportsThenImportsIntoAnEmptyFolderAModelThatChecks(@TempDir Path dir) throws Exception {
		Path bpmn = dir.resolve("mmc.bpmn");
		assertEquals(Command.OK, cli.run("bpmn", "export", MMC, "-o", bpmn.toString()), cli.err());
		assertEquals(bpmn + System.lineSeparator(), cli.out());
		String xml = Files.readString(bpmn);
		assertTrue(xml.contains("care:takes=\"exponential(mean 1 h)\""), xml);

		Path care = Files.createDirectories(dir.resolve("model")).resolve("queue.care");
		assertEquals(Command.OK, cli.run("bpmn", "import", bpmn.toString(), "-o", care.toString()), cli.err());
		assertEquals("", cli.err(), "CareTwin's own file needs no guess");
		String text = Files.readString(care);
		assertTrue(text.contains("resource Clerk count 5\n"), text);
		assertTrue(text.contains("cohort Customers {\n    arrivals 4.5 per h\n}"), text);
		assertTrue(text.contains("step Service by Clerk takes exponential(mean 1 h)"), text);
		assertEquals(Command.OK, cli.run("check", care.toString()), cli.err());
	}

	@Test
	void importsBesideTheModelWithoutDeclaringItsNamesAgain(@TempDir Path dir) throws Exception {
		Path bpmn = dir.resolve("mmc.bpmn");
		assertEquals(Command.OK, cli.run("bpmn", "export", MMC, "-o", bpmn.toString()), cli.err());
		Path model = Files.createDirectories(dir.resolve("model"));
		Files.writeString(model.resolve("base.care"), "resource Clerk count 2\ncohort Customers { arrivals 1 per h }\n");
		assertEquals(Command.OK, cli.run("bpmn", "import", bpmn.toString(), "-o", model.resolve("queue.care").toString()), cli.err());
		String text = Files.readString(model.resolve("queue.care"));
		assertFalse(text.contains("resource ") || text.contains("cohort "), text);
		assertEquals(Command.OK, cli.run("check", model.resolve("queue.care").toString()), cli.err());
	}

	@Test
	void exportsLanesBySetting(@TempDir Path dir) throws Exception {
		Path bpmn = dir.resolve("loire.bpmn");
		assertEquals(Command.OK, cli.run("bpmn", "export", LOIRE, "-o", bpmn.toString(), "--lanes", "setting"), cli.err());
		String xml = Files.readString(bpmn);
		assertTrue(xml.contains("name=\"Home\"") && xml.contains("bpmndi:BPMNShape"), "lanes and their shapes");
	}

	@Test
	void badInputIsOneLineAndAnExitCode(@TempDir Path dir) throws Exception {
		Path notBpmn = Files.writeString(dir.resolve("notes.bpmn"), "step Visit takes 20 min\n");
		Path out = dir.resolve("out.care");
		assertEquals(Command.MODEL_ERRORS, cli.run("bpmn", "import", notBpmn.toString(), "-o", out.toString()));
		cli.assertNoStackTrace();
		assertEquals(1, cli.errLines().size(), cli.err());
		assertTrue(cli.errLines().get(0).startsWith(notBpmn + ":1:1: error: not a BPMN 2.0 file: "), cli.err());
		assertFalse(Files.exists(out), "nothing written");

		assertEquals(Command.USAGE, cli.run("bpmn", "import", dir.resolve("missing.bpmn").toString(), "-o", out.toString()));
		assertEquals(List.of("caretwin bpmn: " + dir.resolve("missing.bpmn") + ": no such file"), cli.errLines());
		assertEquals(Command.USAGE, cli.run("bpmn", "convert", MMC, "-o", out.toString()));
		assertTrue(cli.errLines().get(0).startsWith("caretwin bpmn: usage: caretwin bpmn export FILE -o OUT.bpmn"), cli.err());
		assertEquals(Command.USAGE, cli.run("bpmn", "export", MMC, "-o", dir.resolve("x.bpmn").toString(), "--lanes", "zone"));
		assertEquals(List.of("caretwin bpmn: --lanes must be profession, setting or none, was 'zone'"), cli.errLines());
	}
}
