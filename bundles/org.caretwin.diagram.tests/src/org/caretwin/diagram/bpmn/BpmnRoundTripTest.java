package org.caretwin.diagram.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.caretwin.diagram.Examples;
import org.caretwin.diagram.LaneMode;
import org.caretwin.lang.model.ResolvedModel;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .care} → BPMN → {@code .care} on every example: the pathways are cut out of a copy of the example's
 * folder, imported back from the exported file into a file of their own, and the folder's resolved model must be
 * the original one record for record ({@link Records} says what is left out: source positions and the file list).
 */
class BpmnRoundTripTest {

	@TempDir
	Path temp;

	@TestFactory
	Stream<DynamicTest> everyExampleComesBackAsTheSameResolvedModel() throws IOException {
		return exampleFolders().stream().flatMap(folder -> Stream.of(LaneMode.values())
				.map(mode -> DynamicTest.dynamicTest(Examples.ROOT.relativize(folder) + " lanes by " + mode.keyword(),
						() -> roundTrip(folder, mode))));
	}

	private void roundTrip(Path folder, LaneMode mode) throws Exception {
		ResolvedModel original = Examples.model(anyCareFile(folder));
		String xml = BpmnExport.xml(original, mode);
		// the schema and camunda's own checks of the file as it will be read by a modeller
		BpmnModelInstance read = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		Bpmn.validateModel(read);

		Path copy = Files.createDirectories(temp.resolve(folder.getFileName() + "-" + mode.keyword()));
		CareFolders.copyWithoutPathways(folder, copy, original);
		Path bpmn = copy.resolve("exported.bpmn.xml");
		Files.writeString(bpmn, xml);
		Set<String> cohorts = original.cohorts().stream().map(ResolvedModel.Cohort::name).collect(Collectors.toSet());
		Set<String> resources = original.resources().stream().map(ResolvedModel.Resource::name).collect(Collectors.toSet());
		BpmnImport.Result imported = BpmnImport.read(bpmn, cohorts, resources);
		assertEquals(List.of(), imported.warnings(), "a CareTwin export needs no guess");
		Files.writeString(copy.resolve("zz-imported.care"), imported.text());

		ResolvedModel back = Examples.model(copy.resolve("zz-imported.care"));
		assertEquals(Records.canonical(original), Records.canonical(back), imported.text());
	}

	/** Loops back, redirections at once and after waiting, home care and a remote mode, beyond the examples. */
	@org.junit.jupiter.api.Test
	void theClinicOfTheDiagramTestsComesBackToo() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("clinic"));
		Examples.model(folder, Examples.CLINIC);
		roundTrip(folder, LaneMode.SETTING);
	}

	/** What no example writes: cases by condition, eligibility, ranks and laws by profile, a patience redirecting. */
	@org.junit.jupiter.api.Test
	void whatNoExampleWritesComesBackToo() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("rare"));
		Examples.model(folder, """
				resource Doctor count 2
				resource Bed count 10
				resource Phone unlimited
				cohort Walk {
				    arrivals every exponential(mean 2 h)
				    profile Child 30%
				    profile Adult 70%
				    attribute age uniform(1 years, 95 years)
				}
				pathway Ward for Walk {
				    step Triage decides branch { where age > 80 years: 100% -> Admit  Child: 25% -> See, otherwise -> Admit  Adult: otherwise -> See }
				    step See by Doctor takes Child: 20 min, otherwise 30 min after Child: 2 h, otherwise 1 day
				        when unavailable wait priority Child: 2, Adult: 1
				        remote Call by Phone takes 10 min for 40% where age < 65 years preferred by Adult
				        end
				    step Admit seizes Bed takes 1 h when unavailable wait at most triangular(1 h, 2 h, 4 h) then redirect to See
				    step Leave by Doctor releases Bed takes 20 min repeat 3 every 1 day end
				}
				""");
		roundTrip(folder, LaneMode.PROFESSION);
	}

	private static List<Path> exampleFolders() throws IOException {
		try (Stream<Path> files = Files.walk(Examples.ROOT)) {
			return files.filter(f -> f.toString().endsWith(".care")).map(Path::getParent).distinct().sorted()
					.filter(BpmnRoundTripTest::hasPathway).toList();
		}
	}

	private static boolean hasPathway(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(".care")).anyMatch(f -> {
				try {
					return Files.readString(f).contains("\npathway ");
				} catch (IOException e) {
					throw new AssertionError(e);
				}
			});
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static Path anyCareFile(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(".care")).sorted().findFirst().orElseThrow();
		}
	}

	/** Every example is exercised, so that a new one cannot be skipped silently. */
	@org.junit.jupiter.api.Test
	void theExamplesAreAllThere() throws IOException {
		Set<String> names = new HashSet<>();
		exampleFolders().forEach(f -> names.add(Examples.ROOT.relativize(f).toString()));
		assertTrue(names.containsAll(Set.of("loire", "forecast", "textbook/mmc", "textbook/decisions", "textbook/beds",
				"textbook/patience", "textbook/priorities", "textbook/sessions", "textbook/tables")), names.toString());
		assertFalse(names.isEmpty());
	}
}
