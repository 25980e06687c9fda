package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.generator.ExperimentGenerator;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.junit.jupiter.api.Test;

/**
 * The generated Java of every example experiment, text for text, against {@code golden/generated/<Experiment>.java.txt}:
 * a change of the generator shows in review as a change of these files. To accept a change on purpose, write the
 * new text with {@code ./caretwin generate <model> -o DIR} and copy it over the golden file.
 */
class GeneratedJavaGoldenTest {

	private static final Path GOLDEN = Path.of("golden/generated");

	@Test
	void everyExampleGeneratesItsGoldenText() throws IOException {
		TreeSet<String> generated = new TreeSet<>();
		for (CheckedModel model : CareWorkspace.standalone().modelsUnder(ModelChecker.examples())) {
			for (Experiment experiment : model.experiments()) {
				String name = experiment.getName() + ".java.txt";
				generated.add(name);
				Path golden = GOLDEN.resolve(name);
				if (!Files.exists(golden)) {
					fail("no golden file " + golden + " for experiment " + experiment.getName());
				}
				assertSameText(Files.readString(golden), ExperimentGenerator.generate(experiment), golden);
			}
		}
		try (Stream<Path> files = Files.list(GOLDEN)) {
			assertEquals(generated, new TreeSet<>(files.map(f -> f.getFileName().toString()).toList()),
					"every golden file belongs to an example experiment");
		}
	}

	/** Equal texts; otherwise the first line that differs, which says more than two whole files. */
	private static void assertSameText(String expected, String actual, Path golden) {
		List<String> want = expected.lines().toList();
		List<String> got = actual.lines().toList();
		for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
			assertEquals(want.get(i), got.get(i), golden + ", line " + (i + 1));
		}
		assertEquals(want.size(), got.size(), golden + ": number of lines");
		assertEquals(expected, actual, golden + ": line endings or final newline");
	}
}
