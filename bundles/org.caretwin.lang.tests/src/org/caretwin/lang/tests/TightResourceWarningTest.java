package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.caretwin.lang.workspace.Problem;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resource static sizing finds tight or over capacity, that no KPI of the experiment reports, is a warning. */
class TightResourceWarningTest {

	@TempDir
	Path dir;

	/** 9 patients an hour for 1 h on 10 doctors (load 90%), and 6 min on 10 beds (9%): only the doctors are tight. */
	private List<Problem> warnings(String report) throws Exception {
		Path file = dir.resolve("model.care");
		java.nio.file.Files.writeString(file, """
				resource Doctor count 10
				resource Bed count 10
				cohort C {
				    arrivals 9 per h
				}
				pathway P for C {
				    step Visit by Doctor takes 1 h
				    step Rest uses Bed takes 6 min end
				}
				scenario Baseline
				experiment E {
				    horizon 1000 h  replications 2  seed 1
				    report %s
				}
				""".formatted(report));
		return ModelChecker.modelOf(file).problems().stream().filter(p -> p.severity() == Severity.WARNING).toList();
	}

	@Test
	void aTightResourceNoKpiReportsIsAWarningAtTheReport() throws Exception {
		List<Problem> warnings = warnings("wait(Visit)");
		assertEquals(1, warnings.size(), warnings.toString());
		assertEquals("Static sizing finds Doctor tight in Baseline (load 90%), and no KPI of E reports it: add"
				+ " utilisation(Doctor) to the report", warnings.get(0).message());
		assertEquals(List.of(13, 12), List.of(warnings.get(0).line(), warnings.get(0).column()));
	}

	@Test
	void reportingTheResourceOrWritingNoReportSilencesIt() throws Exception {
		assertEquals(List.of(), warnings("wait(Visit), utilisation(Doctor)"));
		assertEquals(List.of(), warnings("wait(Visit), resourceQueue(Doctor)"));
	}
}
