package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.junit.jupiter.api.Test;

/** The generated Java of every example compiles, is readable, and runs to results that theory predicts. */
class GeneratorTest {

	@Test
	void everyExampleExperimentCompilesIntoReadableJava() {
		for (CheckedModel model : CareWorkspace.standalone().modelsUnder(ModelChecker.examples())) {
			for (Experiment experiment : model.experiments()) {
				CompiledExperiment compiled = Simulation.compile(experiment);
				assertTrue(compiled.source().contains("public static void main(String[] args)"));
				assertLongestMethodIsShort(compiled.source(), 120);
			}
		}
	}

	private static void assertLongestMethodIsShort(String source, int maxLines) {
		int longest = 0;
		int current = 0;
		for (String line : source.lines().toList()) {
			if (line.startsWith("    ") && !line.startsWith("     ") && line.endsWith("{") && line.contains("(")) {
				current = 0;
			}
			current++;
			longest = Math.max(longest, current);
		}
		assertTrue(longest < maxLines, "a generated method has " + longest + " lines");
	}

	@Test
	void theGeneratedMm5QueueMatchesErlangC() {
		CompiledExperiment compiled = Simulation.compile(ModelChecker.modelOf(ModelChecker.examples().resolve("textbook/mmc/mmc.care")).experiments().get(0));
		assertEquals("caretwin.models.MM5", compiled.className());
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		ConfidenceInterval waitHours = result.interval("Baseline", "wait(Service)").scaled(24);
		System.out.println("generated M/M/5: Wq " + waitHours);
		assertTrue(waitHours.contains(1.52499), "Erlang C 1.52499 h outside " + waitHours);
		assertTrue(result.allExpectationsHold(), result.verdicts().toString());
	}

	@Test
	void theLoirePatientsArriveAtTheModelledRate() {
		Experiment loire = ModelChecker.model(ModelChecker.examples().resolve("loire")).experiments().stream().filter(e -> e.getName().equals("Loire2026")).findFirst().orElseThrow();
		CompiledExperiment compiled = Simulation.compile(loire);
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan().withReplications(5));
		ConfidenceInterval arrivals = result.interval("Baseline", "arrivals");
		System.out.println("Loire arrivals per year " + arrivals);
		assertTrue(Math.abs(arrivals.mean() - 3070) < 0.03 * 3070, "arrivals " + arrivals);
	}

	@Test
	void personalisationCountsSessionsInThePreferredMode(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		Path file = dir.resolve("remote.care");
		java.nio.file.Files.writeString(file, """
				resource Doctor count 50
				cohort Patients {
				    arrivals 20 per h
				    profile Hip 60%
				    profile Knee 40%
				}
				pathway Visits for Patients {
				    step Visit by Doctor takes 10 min
				        remote Video takes 5 min for 30% preferred by Hip
				        end
				}
				scenario Baseline
				experiment E { horizon 2000 h replications 5 seed 1 report personalisation }
				""");
		CheckedModel model = ModelChecker.modelOf(file);
		assertEquals(List.of(), model.problems().stream().map(Object::toString).toList());
		CompiledExperiment compiled = Simulation.compile(model.experiments().get(0));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		// Hip patients prefer video (30% get it), Knee patients prefer on site (70% get it): 0.6 x 0.3 + 0.4 x 0.7.
		ConfidenceInterval personalisation = result.interval("Baseline", "personalisation");
		assertEquals(0.46, personalisation.mean(), 0.01, personalisation.toString());
	}

	@Test
	void aBranchOnAnAttributeSendsThePatientsMeetingItsCondition(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		Path file = dir.resolve("ages.care");
		java.nio.file.Files.writeString(file, """
				resource Doctor count 50
				cohort Patients {
				    arrivals 20 per h
				    attribute age lognormal(mean 71 years, sd 9 years)
				}
				pathway Triage for Patients {
				    step Assess by Doctor takes 5 min
				        then branch { where age > 80 years: 100% -> Geriatric   100% -> General }
				    step Geriatric by Doctor takes 5 min end
				    step General by Doctor takes 5 min end
				}
				scenario Baseline
				experiment E { horizon 1000 h replications 4 seed 3 report throughput(Geriatric), throughput(General) }
				""");
		CheckedModel model = ModelChecker.modelOf(file);
		assertEquals(List.of(), model.problems().stream().map(Object::toString).toList());
		CompiledExperiment compiled = Simulation.compile(model.experiments().get(0));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		double geriatric = result.interval("Baseline", "throughput(Geriatric)").mean();
		double general = result.interval("Baseline", "throughput(General)").mean();
		// P(age > 80) for a lognormal of mean 71 and sd 9: 1 - Phi((ln 80 - mu) / sigma).
		double sigma = Math.sqrt(Math.log1p(81.0 / (71 * 71)));
		double mu = Math.log(71) - sigma * sigma / 2;
		double expected = 1 - standardNormalCdf((Math.log(80) - mu) / sigma);
		assertEquals(expected, geriatric / (geriatric + general), 0.01);
	}

	/** Phi(z) by Simpson's rule on the density from -8 to z. */
	private static double standardNormalCdf(double z) {
		int n = 20_000;
		double a = -8;
		double h = (z - a) / n;
		double sum = 0;
		for (int i = 0; i <= n; i++) {
			double x = a + i * h;
			double weight = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
			sum += weight * Math.exp(-x * x / 2);
		}
		return sum * h / 3 / Math.sqrt(2 * Math.PI);
	}

	@Test
	void theGeneratedLossSystemMatchesErlangB() {
		CompiledExperiment compiled = Simulation.compile(ModelChecker.modelOf(ModelChecker.examples().resolve("textbook/loss/loss.care")).experiments().get(0));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		ConfidenceInterval lost = result.interval("Baseline", "lost");
		System.out.println("generated Erlang B: blocking " + lost);
		assertTrue(lost.contains(0.0564), "Erlang B 5.64% outside " + lost);
	}

	@Test
	void aWeekdayRangeOverTheWeekendOpensEachDayOfIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		Path file = dir.resolve("weekend.care");
		java.nio.file.Files.writeString(file, """
				calendar Weekend { friday..monday 08:00-18:00 }
				resource Doctor count 2 calendar Weekend
				cohort Patients { arrivals 1 per h }
				pathway Visits for Patients { step Visit by Doctor takes 20 min end }
				scenario Baseline
				experiment E { horizon 2 weeks replications 2 seed 1 report utilisation(Doctor) }
				""");
		String source = Simulation.compile(ModelChecker.modelOf(file).experiments().get(0)).source();
		// Monday is day 0: Friday, Saturday, Sunday and Monday open, Tuesday to Thursday closed.
		for (int day : new int[] { 4, 5, 6, 0 }) {
			assertTrue(source.contains(".open(" + day + ", 8, 18)"), "day " + day + " open in\n" + source);
		}
		for (int day : new int[] { 1, 2, 3 }) {
			assertTrue(!source.contains(".open(" + day + ", "), "day " + day + " closed in\n" + source);
		}
	}
}
