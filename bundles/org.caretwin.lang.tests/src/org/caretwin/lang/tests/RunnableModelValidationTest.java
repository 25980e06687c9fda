package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caretwin.lang.workspace.Problem;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models that parse but could not run are errors at the place written: degenerate distributions, impossible clock
 * times, arrivals that never advance time, scenario cycles, clashing names, numbers out of range.
 */
class RunnableModelValidationTest {

	@TempDir
	Path dir;

	private static final String CLINIC = """
			resource Doctor count 2
			cohort Patients { arrivals 10 per day }
			""";

	private static final String PATHWAY = """
			pathway Visits for Patients { step Visit by Doctor takes 20 min end }
			""";

	private static final String EXPERIMENT = """
			scenario Baseline
			experiment E { horizon 30 days replications 5 seed 1 report wait(Visit) }
			""";

	private Problem singleError(String text) throws Exception {
		Path file = dir.resolve("hostile.care");
		Files.writeString(file, text);
		List<Problem> errors = ModelChecker.modelOf(file).problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
		assertEquals(1, errors.size(), errors.toString());
		return errors.get(0);
	}

	private static void assertAt(Problem problem, int line, int column, String message) {
		assertEquals(message, problem.message());
		assertEquals(line, problem.line(), "line of " + problem);
		assertEquals(column, problem.column(), "column of " + problem);
	}

	@Test
	void aUniformWithItsBoundsReversedIsAnError() throws Exception {
		Problem problem = singleError(CLINIC + """
				pathway Visits for Patients { step Visit by Doctor takes uniform(5 min, 1 min) end }
				""" + EXPERIMENT);
		assertAt(problem, 3, 58, "uniform(minimum, maximum) needs its minimum below its maximum");
	}

	@Test
	void aTriangularWithItsModeOutsideIsAnError() throws Exception {
		Problem problem = singleError(CLINIC + """
				pathway Visits for Patients { step Visit by Doctor takes triangular(5 min, 10 min, 8 min) end }
				""" + EXPERIMENT);
		assertAt(problem, 3, 58,
				"triangular(minimum, mode, maximum) needs minimum ≤ mode ≤ maximum and minimum below maximum");
	}

	@Test
	void aWeibullShapeNearZeroIsAnError() throws Exception {
		Problem problem = singleError(CLINIC + """
				pathway Visits for Patients { step Visit by Doctor takes weibull(shape 0.001, scale 20 min) end }
				""" + EXPERIMENT);
		assertAt(problem, 3, 72, "A Weibull shape must lie between 0.1 and 100");
	}

	@Test
	void seasonalArrivalsNeedTwelveFactors() throws Exception {
		Problem problem = singleError("""
				resource Doctor count 2
				cohort Patients { arrivals 10 per day seasonal (1 2 3) }
				""" + PATHWAY + EXPERIMENT);
		assertAt(problem, 2, 49, "Seasonal arrivals need 12 monthly factors, not 3");
	}

	@Test
	void arrivalsThatAreAlwaysZeroApartAreAnError() throws Exception {
		assertAt(singleError("""
				resource Doctor count 2
				cohort Patients { arrivals every uniform(0 min, 0 min) }
				""" + PATHWAY + EXPERIMENT), 2, 34, "uniform(minimum, maximum) needs its minimum below its maximum");
		assertAt(singleError("""
				resource Doctor count 2
				cohort Patients { arrivals every empirical(0 min weight 1, 0 min weight 2) }
				""" + PATHWAY + EXPERIMENT), 2, 34, "The time between arrivals is always zero: give it a positive value");
	}

	@Test
	void noArrivalsIsAnError() throws Exception {
		Problem problem = singleError("""
				resource Doctor count 2
				cohort Patients { arrivals 0 per year }
				""" + PATHWAY + EXPERIMENT);
		assertAt(problem, 2, 28, "A cohort needs an arrival rate above zero");
	}

	@Test
	void scenarioCyclesAreErrors() throws Exception {
		Path file = dir.resolve("cycle.care");
		Files.writeString(file, CLINIC + PATHWAY + """
				scenario A extends B
				scenario B extends A
				experiment E { compare A, B horizon 30 days replications 5 seed 1 }
				""");
		List<Problem> errors = ModelChecker.modelOf(file).problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
		assertEquals(2, errors.size(), errors.toString());
		assertAt(errors.get(0), 4, 20, "The scenario A extends itself through A -> B -> A: break the cycle");
		assertAt(errors.get(1), 5, 20, "The scenario B extends itself through B -> A -> B: break the cycle");
	}

	@Test
	void namesDifferingOnlyInCaseAreAnError() throws Exception {
		Problem problem = singleError("""
				resource GP count 2
				resource Gp count 1
				cohort Patients { arrivals 10 per day }
				pathway Visits for Patients { step Visit by GP takes 20 min end }
				""" + EXPERIMENT);
		assertAt(problem, 2, 10, "The resource Gp differs from GP only in case: give it a distinct name");
	}

	@Test
	void duplicateStepsAreAnError() throws Exception {
		Problem problem = singleError(CLINIC + """
				pathway Visits for Patients {
				    step Visit by Doctor takes 20 min
				    step Visit by Doctor takes 10 min end
				}
				""" + EXPERIMENT);
		assertAt(problem, 5, 10, "Duplicate step Visit: rename one of them");
	}

	@Test
	void aClockTimePastMidnightIsAnError() throws Exception {
		assertAt(singleError("""
				calendar Days { monday..friday 08:00-25:00 }
				resource Doctor count 2 calendar Days
				cohort Patients { arrivals 10 per day }
				""" + PATHWAY + EXPERIMENT), 1, 38, "25:00 is not a clock time: hours 00-24, minutes 00-59");
		assertAt(singleError("""
				calendar Days { monday..friday 08:00-12:99 }
				resource Doctor count 2 calendar Days
				cohort Patients { arrivals 10 per day }
				""" + PATHWAY + EXPERIMENT), 1, 38, "12:99 is not a clock time: hours 00-24, minutes 00-59");
	}

	@Test
	void aSessionEndingBeforeItStartsIsAnError() throws Exception {
		Problem problem = singleError("""
				calendar Nights { monday 20:00-08:00 }
				resource Doctor count 2 calendar Nights
				cohort Patients { arrivals 10 per day }
				""" + PATHWAY + EXPERIMENT);
		assertEquals(1, problem.line());
		assertTrue(problem.message().startsWith("A session must end after it starts"), problem.message());
	}

	@Test
	void replicationsAndHorizonOutOfRangeAreErrors() throws Exception {
		assertAt(singleError(CLINIC + PATHWAY + """
				scenario Baseline
				experiment E { horizon 30 days replications 1 seed 1 }
				"""), 5, 45, "An experiment runs from 2 to 10000 replications (a confidence interval needs two)");
		assertAt(singleError(CLINIC + PATHWAY + """
				scenario Baseline
				experiment E { horizon 0 h replications 5 seed 1 }
				"""), 5, 24, "The horizon must be more than zero");
		assertAt(singleError(CLINIC + PATHWAY + """
				scenario Baseline
				experiment E { horizon 1000 years replications 5 seed 1 }
				"""), 5, 24, "A time over 100 years cannot be simulated");
	}

	@Test
	void aDurationOfBillionsOfYearsIsAnError() throws Exception {
		Problem problem = singleError(CLINIC + """
				pathway Visits for Patients { step Visit by Doctor takes 2000000000 years end }
				""" + EXPERIMENT);
		assertAt(problem, 3, 58, "A time over 100 years cannot be simulated");
	}

	@Test
	void aResourceWithoutUnitsThatAStepNeedsIsAnError() throws Exception {
		Problem problem = singleError("""
				resource Doctor count 0
				cohort Patients { arrivals 10 per day }
				""" + PATHWAY + EXPERIMENT);
		assertAt(problem, 3, 45, "Doctor has no units, so Visit could never start: give it a count or a density");
	}

	@Test
	void aHugeNameIsAnError() throws Exception {
		String name = "R" + "x".repeat(300);
		Problem problem = singleError("resource " + name + " count 2\n" + CLINIC + PATHWAY + EXPERIMENT);
		assertAt(problem, 1, 10, "A name may have at most 200 characters, this one has 301");
	}
}
