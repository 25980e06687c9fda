package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.workspace.CheckedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text of a model is data in the generated Java: unicode escapes and comment ends in it never become code. */
class CodeInjectionTest {

	private static final String PROPERTY = "caretwin.injected";

	@TempDir
	Path dir;

	@Test
	void aUnicodeEscapedCommentEndInALossReasonRunsNoCode() throws Exception {
		// javac decodes the escapes before lexing: copied as they are, they close the comment that quotes the step and
		// open a static block (the quotes of its Java strings are escaped too, so the model's string goes on).
		CompiledExperiment compiled = compile("""
				resource Doctor count 1
				cohort Patients { arrivals 2 per h }
				pathway Visits for Patients {
				    step Visit by Doctor takes 10 min
				        when unavailable lose "\\u002a/ static { System.setProperty(\\u0022%s\\u0022, \\u0022yes\\u0022); } /\\u002a"
				        end
				}
				scenario Baseline
				experiment E { horizon 200 h replications 2 seed 1 report lost }
				""".formatted(PROPERTY));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		assertNull(System.getProperty(PROPERTY), "model text ran as code");
		assertTrue(result.interval("Baseline", "lost").mean() > 0, "the step loses patients under its reason");
		assertFalse(compiled.source().contains("\n    static {"), compiled.source());
	}

	@Test
	void aHarmlessEscapeInAReasonCompilesAndKeepsTheReasonAsWritten() throws Exception {
		CompiledExperiment compiled = compile("""
				resource Doctor count 1
				cohort Patients { arrivals 2 per h }
				pathway Visits for Patients {
				    step Visit by Doctor takes 10 min when unavailable lose "\\u002a/cancelled" end
				}
				scenario Baseline
				experiment E { horizon 200 h replications 2 seed 1 report lost }
				""");
		// The reason is the converted string value, as a Java literal; the quoted model line keeps the escape inert.
		assertTrue(compiled.source().contains("loseWhenUnavailable(\"*/cancelled\")"), compiled.source());
		assertTrue(compiled.source().contains("\\\\u002a/cancelled"), compiled.source());
	}

	@Test
	void lineBreakEscapesInAReasonCannotEndALineComment() throws Exception {
		CompiledExperiment compiled = compile("""
				resource Doctor count 1
				cohort Patients { arrivals 2 per h }
				pathway Visits for Patients {
				    step Visit by Doctor takes 10 min when unavailable lose "\\u000a static int x = 1/0; //" end
				}
				scenario Baseline
				experiment E { horizon 200 h replications 2 seed 1 report lost }
				""");
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		assertEquals(2, result.values("Baseline", "lost").length, "the model loads and runs");
	}

	private CompiledExperiment compile(String model) throws Exception {
		Path file = dir.resolve("hostile.care");
		Files.writeString(file, model);
		CheckedModel checked = ModelChecker.modelOf(file);
		assertEquals(List.of(), checked.problems().stream().map(Object::toString).toList());
		return Simulation.compile(checked.experiments().get(0));
	}
}
