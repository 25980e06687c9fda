package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.engine.stat.QueueingTheory;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.workspace.Problem;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lost("cancelled, no bed")}: a reason with spaces and a comma named in a report and an expectation, against
 * Erlang B, and checked against the reasons the model gives.
 */
class LossReasonKpiTest {

	@TempDir
	Path dir;

	private static final String WARD = """
			resource Cot count 10
			cohort Admissions { arrivals 2 per day }
			pathway Ward for Admissions {
			    step Stay uses Cot for exponential(mean 4 days) when unavailable lose "cancelled, no bed" end
			}
			scenario Baseline
			""";

	@Test
	void aQuotedReasonIsReportedAsErlangBSays() throws Exception {
		Path file = dir.resolve("ward.care");
		Files.writeString(file, WARD + """
				experiment E {
				    horizon 2 years  warmup 60 days  replications 10  seed 3
				    report lost("cancelled, no bed"), lost
				    expect lost("cancelled, no bed") < 20%
				}
				""");
		var checked = ModelChecker.modelOf(file);
		assertEquals(List.of(), checked.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList());
		CompiledExperiment compiled = Simulation.compile(checked.experiments().get(0));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		ConfidenceInterval lost = result.interval("Baseline", "lost(cancelled, no bed)");
		double erlangB = QueueingTheory.erlangB(10, 2 * 4);
		System.out.printf("lost(\"cancelled, no bed\") %.4f %s (Erlang B %.4f)%n", lost.mean(), lost, erlangB);
		assertTrue(lost.contains(erlangB), lost + " against " + erlangB);
		assertEquals(result.interval("Baseline", "lost").mean(), lost.mean(), 1e-12, "the only reason");
		assertEquals(1, result.verdicts().size());
		assertTrue(result.allExpectationsHold(), result.verdicts().toString());
	}

	@Test
	void aRedirectionsReasonIsReportedAsErlangBSays() throws Exception {
		Path file = dir.resolve("annex.care");
		Files.writeString(file, """
				resource Cot count 10
				resource Annex unlimited
				cohort Admissions { arrivals 2 per day }
				pathway Ward for Admissions {
				    step Stay uses Cot for exponential(mean 4 days) when unavailable redirect to Annexe "ward full" end
				    step Annexe uses Annex for 1 day end
				}
				scenario Baseline
				experiment E {
				    horizon 2 years  warmup 60 days  replications 10  seed 5
				    report redirected("ward full"), redirected
				}
				""");
		var checked = ModelChecker.modelOf(file);
		assertEquals(List.of(), checked.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList());
		CompiledExperiment compiled = Simulation.compile(checked.experiments().get(0));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		ConfidenceInterval redirected = result.interval("Baseline", "redirected(ward full)");
		double erlangB = QueueingTheory.erlangB(10, 2 * 4);
		System.out.printf("redirected(\"ward full\") %.4f %s (Erlang B %.4f)%n", redirected.mean(), redirected, erlangB);
		assertTrue(redirected.contains(erlangB), redirected + " against " + erlangB);
		assertEquals(result.interval("Baseline", "redirected").mean(), redirected.mean(), 1e-12, "the only reason");
		List<Problem> errors = ModelChecker.checkText(dir, "annex.care", Files.readString(file).replace(
				"redirected(\"ward full\")", "redirected(\"full\")")).stream().filter(i -> i.severity() == Severity.ERROR).toList();
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("In redirected(\"full\"): no patient is redirected for that reason: the reasons are \"ward full\"",
				errors.get(0).message());
	}

	private List<Problem> errors(String experiment) throws Exception {
		return ModelChecker.checkText(dir, "ward.care", WARD + experiment).stream().filter(i -> i.severity() == Severity.ERROR)
				.toList();
	}

	@Test
	void aReasonMustBeOneTheModelGives() throws Exception {
		List<Problem> errors = errors("experiment E { horizon 1 year replications 2 seed 1 report lost(\"no bed\") }\n");
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("In lost(\"no bed\"): no patient is lost for that reason: the reasons are \"cancelled, no bed\"",
				errors.get(0).message());
		assertEquals(List.of(7, 65), List.of(errors.get(0).line(), errors.get(0).column()));
		List<Problem> quoted = errors("experiment E { horizon 1 year replications 2 seed 1 report wait(\"Stay\") }\n");
		assertEquals(1, quoted.size(), quoted.toString());
		assertTrue(quoted.get(0).message().contains("only a reason is quoted"), quoted.get(0).message());
	}
}
