package org.caretwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caretwin diagram}: writes the SVG, switches lanes, and refuses bad input in one line. */
class DiagramCommandTest {

	private static final String LOIRE = "../../dsl-examples/loire/arthroplasty.care";

	private final CliRun cli = new CliRun();

	@Test
	void writesTheDiagramOfTheLoirePathway(@TempDir Path dir) throws Exception {
		Path svg = dir.resolve("loire.svg");
		assertEquals(Command.OK, cli.run("diagram", LOIRE, "-o", svg.toString()), cli.err());
		assertEquals(svg + System.lineSeparator(), cli.out());
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("<?xml") && text.strip().endsWith("</svg>"), text.substring(0, 80));
		assertTrue(text.contains(">Physiotherapist</text>"), "lanes by profession by default");
		assertEquals(Command.OK, cli.run("diagram", LOIRE, "-o", svg.toString(), "--lanes", "setting"), cli.err());
		String bySetting = Files.readString(svg, StandardCharsets.UTF_8);
		assertTrue(bySetting.contains("id=\"lane:site:Clinic\"") && bySetting.contains(">Home</text>"));
		assertEquals(Command.OK, cli.run("diagram", LOIRE, "-o", svg.toString(), "--lanes", "setting", "--scenario",
				"Telemedicine"), cli.err());
		assertTrue(Files.readString(svg).contains("id=\"lane:setting:remote\""), "70% of follow-ups are remote there");
	}

	@Test
	void theMovesKeptBesideTheFileAreDrawn(@TempDir Path dir) throws Exception {
		for (String name : new String[] { "arthroplasty.care", "resources.care", "territory.care" }) {
			Files.copy(Path.of("../../dsl-examples/loire", name), dir.resolve(name));
		}
		Path model = dir.resolve("arthroplasty.care");
		Path svg = dir.resolve("loire.svg");
		assertEquals(Command.OK, cli.run("diagram", model.toString(), "-o", svg.toString()), cli.err());
		String inCellOneOne = "(?s).*id=\"HipKnee.FollowUp\" data-source=\"[^\"]*\" data-lane=\"[^\"]*\" data-column=\"1\" data-row=\"1\".*";
		assertFalse(Files.readString(svg).matches(inCellOneOne), "ELK puts FollowUp last");
		Files.writeString(dir.resolve("arthroplasty.care.layout"), "# moved by hand\nHipKnee.FollowUp 1 1\n");
		assertEquals(Command.OK, cli.run("diagram", model.toString(), "-o", svg.toString()), cli.err());
		String moved = Files.readString(svg);
		assertTrue(moved.matches(inCellOneOne), "FollowUp is drawn where it was moved");
	}

	@Test
	void theHtmlReportOpensWithThePathwayDiagram(@TempDir Path dir) throws Exception {
		Path html = dir.resolve("report.html");
		assertEquals(Command.OK, cli.run("simulate", "../../dsl-examples/textbook/mmc/mmc.care", "--replications", "2",
				"--html", html.toString()), cli.err());
		String report = Files.readString(html, StandardCharsets.UTF_8);
		int diagram = report.indexOf("<h2>Pathway</h2>");
		assertTrue(diagram > 0 && diagram < report.indexOf("<h2>Summary</h2>"), "the diagram comes first");
		assertTrue(report.contains("<g class=\"task\" id=\"Queue.Service\" data-source=\"mmc.care:"), "the step's box");
		assertFalse(report.contains("<?xml"), "no XML declaration inside HTML");
	}

	@Test
	void theReportsDiagramCarriesTheReplayOfTheFirstReplicationOfflineAndOnce(@TempDir Path dir) throws Exception {
		Path html = dir.resolve("report.html");
		assertEquals(Command.OK, cli.run("simulate", "../../dsl-examples/textbook/mmc/mmc.care", "--replications", "2",
				"--html", html.toString()), cli.err());
		String report = Files.readString(html, StandardCharsets.UTF_8);
		int load = report.indexOf("caretwinReplay.load({\"scenario\":\"Baseline\",\"replication\":0,");
		assertTrue(load > report.indexOf("<div class=\"diagram\">") && load < report.indexOf("<h2>Summary</h2>"),
				"the replay's frames right after the diagram");
		assertEquals(load, report.lastIndexOf("caretwinReplay.load("), "handed once");
		assertTrue(report.contains("\"steps\":[\"Queue.Service\"]"), "by the diagram's step ids");
		assertEquals(500, report.split("\\{\"t\":", -1).length - 1, "500 frames");
		assertFalse(report.contains("src=\"http"), "nothing fetched");
	}

	@Test
	void aModelWithAnErrorIsRefusedAtItsLineWithoutWritingAnything(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("broken.care");
		Files.writeString(model, "resource Doctor count 2\ncohort P { arrivals 10 per day }\n"
				+ "pathway Care for P {\n    step Visit by Doctr takes 20 min\n}\n");
		Path svg = dir.resolve("out.svg");
		assertEquals(Command.MODEL_ERRORS, cli.run("diagram", model.toString(), "-o", svg.toString()));
		cli.assertNoStackTrace();
		assertEquals(model + ":4:19: error: no resource 'Doctr' — did you mean 'Doctor'?", cli.errLines().get(0));
		assertFalse(Files.exists(svg));
	}

	@Test
	void wrongUsageIsOneLine(@TempDir Path dir) {
		cli.run("diagram", LOIRE, "-o", dir.resolve("x.svg").toString(), "--lanes", "zone");
		cli.assertFails(Command.USAGE, "caretwin diagram: --lanes must be profession, setting or none, was 'zone'");
		cli.run("diagram", LOIRE);
		cli.assertFails(Command.USAGE,
				"caretwin diagram: usage: caretwin diagram FILE -o OUT.svg [--lanes profession|setting|none] [--scenario S]");
		cli.run("diagram", "nowhere.care", "-o", dir.resolve("x.svg").toString());
		cli.assertFails(Command.USAGE, "caretwin diagram: nowhere.care: no such file or directory");
		cli.run("diagram", LOIRE, "-o", dir.resolve("x.svg").toString(), "--scenario", "Elsewhere");
		cli.assertFails(Command.USAGE,
				"caretwin diagram: no scenario Elsewhere; the model has [Baseline, Telemedicine, MoreHomeRehab]");
	}
}
