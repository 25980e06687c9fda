package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.caretwin.lang.workspace.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One typo in the Loire model gives one error, at its line and column, in the modeller's words: units, names with
 * the closest one, no follow-on errors on the lines after it.
 */
class ModellerErrorsTest {

	@TempDir
	Path dir;

	/** The problems of the Loire model with line {@code line} of arthroplasty.care changed from {@code from} to {@code to}. */
	private List<String> withTypo(int line, String from, String to) throws Exception {
		Path folder = Files.createDirectories(dir.resolve("loire"));
		for (String name : List.of("territory.care", "resources.care", "arthroplasty.care")) {
			Files.copy(ModelChecker.examples().resolve("loire").resolve(name), folder.resolve(name));
		}
		Path file = folder.resolve("arthroplasty.care");
		List<String> lines = new ArrayList<>(Files.readAllLines(file));
		String changed = lines.get(line - 1).replace(from, to);
		assertEquals(false, changed.equals(lines.get(line - 1)), "the typo applies to line " + line);
		lines.set(line - 1, changed);
		Files.write(file, lines);
		return ModelChecker.model(folder).problems().stream()
				.map(p -> p.line() + ":" + p.column() + ": " + p.severity().name().toLowerCase() + ": " + p.message()).toList();
	}

	@Test
	void aMisspeltUnitSaysWhichUnitsThereAre() throws Exception {
		assertEquals(List.of("13:49: error: 'mn' is not a time unit: min, h, days, weeks, months, years"),
				withTypo(13, "takes 20 min", "takes 20 mn"));
	}

	@Test
	void aMisspeltUnitInADistributionGivesNoErrorOnItsParameters() throws Exception {
		assertEquals(List.of("18:47: error: 'mn' is not a time unit: min, h, days, weeks, months, years"),
				withTypo(18, "mean 95 min", "mean 95 mn"));
	}

	@Test
	void aMissingUnitIsReportedAtItsNumberNotAtTheNextLine() throws Exception {
		assertEquals(List.of("13:46: error: 20 needs a time unit (min, h, days, weeks, months, years), e.g. '20 min'"),
				withTypo(13, "takes 20 min", "takes 20"));
	}

	@Test
	void aMissingDurationGivesOneErrorAndTheRestOfTheFileIsStillRead() throws Exception {
		assertEquals(List.of("19:33: error: 'fr' is not expected here: a step needs 'takes' and its duration, e.g. 'takes 20 min'"),
				withTypo(19, "for lognormal", "fr lognormal"));
	}

	@Test
	void aMisspeltResourceSuggestsTheClosestResource() throws Exception {
		assertEquals(List.of("15:26: error: no resource 'Anaesthetsit' — did you mean 'Anaesthetist'?"),
				withTypo(15, "by Anaesthetist ", "by Anaesthetsit "));
	}

	@Test
	void aNameFarFromEveryCandidateListsThem() throws Exception {
		assertEquals(List.of("13:26: error: no resource 'Porter': declare it or use one of Anaesthetist, Bed, GP, "
				+ "OperatingRoom, Physiotherapist, RehabBed, Surgeon"), withTypo(13, "by GP ", "by Porter "));
	}

	@Test
	void aMisspeltCohortIsOneError() throws Exception {
		assertEquals(List.of("12:21: error: no cohort 'Arthroplsty' — did you mean 'Arthroplasty'?"),
				withTypo(12, "for Arthroplasty", "for Arthroplsty"));
	}

	/** The profiles and steps named after "branch after Stay" are looked up in Stay's pathway: not reported. */
	@Test
	void aRenamedStepGivesNoErrorsOnTheNamesLookedUpThroughIt() throws Exception {
		assertEquals(List.of("46:18: error: no step 'Stay' — did you mean 'Sty'?"), withTypo(19, "step Stay ", "step Sty "));
	}

	/** Each use of the old name is an error; the step itself is not also "never reached". */
	@Test
	void aMisspeltStepDeclarationGivesAnErrorPerUseAndNoGraphWarning() throws Exception {
		String error = ": error: no step 'InpatientRehab' — did you mean 'InpatientRehb'?";
		assertEquals(List.of("22:26" + error, "23:26" + error, "46:36" + error, "46:89" + error),
				withTypo(26, "step InpatientRehab", "step InpatientRehb"));
	}

	/** The sites under the territory the import fails to bring are not reported: the import is the one error. */
	@Test
	void aMisspeltImportIsOneErrorAtTheImport() throws Exception {
		assertEquals(List.of("2:8: error: import Loir.* brings nothing: no territory 'Loir' — did you mean 'Loire'?"),
				withTypo(2, "import Loire.*", "import Loir.*"));
	}

	@Test
	void aMissingUnitAtTheEndOfTheFileIsReportedAtItsNumber() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("unfinished"));
		Files.writeString(folder.resolve("queue.care"), """
				resource Clerk count 2
				cohort Customers { arrivals 3 per h }
				pathway Queue for Customers {
				    step Service by Clerk takes 20""");
		assertEquals(List.of("4:33: 20 needs a time unit (min, h, days, weeks, months, years), e.g. '20 min'"),
				ModelChecker.model(folder).problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList());
	}
}
