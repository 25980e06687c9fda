package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.caretwin.experiment.SizingLine;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.generator.ModelCompiler;
import org.caretwin.lang.generator.ModelCompiler.CompiledExperiment;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.sizing.CapacitySizing;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TEMPORARY: sizing on the resolved model against the javac-and-seed path, for every example. */
class ResolvedSizingComparisonTest {

	/** Features the examples do not use: zonal, seasonal and renewal arrivals, holidays, several pathways, laws. */
	static final String FEATURES = """
			import Loire.*
			calendar Clinic { monday..friday 08:00-12:00, 13:00-17:00 saturday 09:00-12:00 holidays 0, 120, 359 }
			resource Nurse2 density 90 per 100000 share 3% calendar Clinic
			resource Tele count 2 calendar Clinic
			cohort Local { arrivals per year { SaintEtienne 1000  Roanne 500 } profile A 30% profile B 70%
			    attribute age normal(mean 60 years, sd 15 years) }
			cohort Seasonal { arrivals 900 per year seasonal (1.2 1.1 1 1 0.9 0.8 0.8 0.9 1 1 1.1 1.2) }
			cohort Steady { arrivals every gamma(mean 8 h, sd 3 h) }
			pathway Visits for Local {
			    step Triage by GP takes weibull(shape 1.5, scale 20 min)
			        then branch { where age > 75 years: 60% -> Nurse, otherwise -> Follow
			                      A: 20% -> Nurse, otherwise -> Follow
			                      B: 35% -> Nurse, 10% -> Triage, otherwise -> Follow }
			    step Nurse by Nurse2 takes empirical(10 min weight 3, 20 min weight 1, 45 min) repeat A: 3 B: 5 every 1 week
			    step Follow by Surgeon takes normal(mean 15 min, sd 5 min)
			        remote Call by Tele takes uniform(5 min, 15 min) for 30% where age < 90 years
			        end
			}
			pathway Season for Seasonal {
			    step Check by GP, Nurse2 takes triangular(10 min, 15 min, 30 min) repeat 4 every 2 weeks end
			}
			pathway Flow for Steady { step Look by Physiotherapist takes constant(25 min) end }
			innovation Calls { Follow remote Call for 80%  Nurse repeat -40% }
			scenario Base
			scenario Tele extends Base { apply Calls  Tele count 3 }
			scenario Shift extends Tele { branch after Triage: B: 50% -> Nurse, otherwise -> Follow  Nurse2 share 5% }
			experiment Features { horizon 1 year replications 2 seed 3 }
			""";

	@Test
	void sameFiguresOnFeaturesTheExamplesDoNotUse(@TempDir Path dir) throws Exception {
		for (String shared : List.of("territory.care", "resources.care")) {
			Files.copy(ModelChecker.examples().resolve("loire").resolve(shared), dir.resolve(shared));
		}
		Files.writeString(dir.resolve("features.care"), FEATURES);
		CheckedModel checked = ModelChecker.model(dir);
		assertEquals(List.of(), checked.problems().stream().filter(p -> p.isError()).toList());
		assertTrue(compare(checked) > 30);
	}

	@Test
	void sameFiguresAsTheCompiledPath() {
		int compared = 0;
		for (CheckedModel checked : CareWorkspace.standalone().modelsUnder(ModelChecker.examples())) {
			compared += compare(checked);
		}
		System.out.println("FIGURES compared lines: " + compared + ", of which not bit for bit: " + inexact);
		assertTrue(compared > 20, "lines compared: " + compared);
	}

	private static int inexact;

	private static int compare(CheckedModel checked) {
		int compared = 0;
		{
			ResolvedModel resolved = ResolvedModelBuilder.of(checked);
			for (Experiment experiment : checked.experiments()) {
				CompiledExperiment compiled = ModelCompiler.compile(experiment);
				for (String scenario : compiled.plan().scenarios()) {
					List<org.caretwin.experiment.CapacitySizing.Line> old = org.caretwin.experiment.CapacitySizing
							.of(compiled.factory(), scenario, compiled.plan().seed());
					List<SizingLine> now = CapacitySizing.of(resolved, scenario);
					String where = ModelChecker.examples().relativize(checked.folder()) + " " + experiment.getName() + " " + scenario;
					assertEquals(old.size(), now.size(), where);
					for (int i = 0; i < old.size(); i++) {
						var o = old.get(i);
						SizingLine n = now.get(i);
						System.out.printf(Locale.ROOT, "FIGURES %s | %s %s units=%d demand=%.17g p5=%.17g p95=%.17g available=%.17g perUnit=%.17g%n",
								where, o.resource(), o.zone(), o.capacity(), o.demandHours(), o.demandP5(), o.demandP95(),
								o.availableHours(), o.hoursPerUnit());
						String line = where + " " + o.resource() + "@" + o.zone();
						assertEquals(o.resource(), n.resource(), line);
						assertEquals(o.zone(), n.zone(), line);
						assertEquals(o.capacity(), n.capacity(), line);
						close(o.demandHours(), n.demandHours(), line + " demand");
						close(o.demandP5(), n.demandP5(), line + " P5");
						close(o.demandP95(), n.demandP95(), line + " P95");
						close(o.availableHours(), n.availableHours(), line + " available");
						close(o.hoursPerUnit(), n.hoursPerUnit(), line + " hours per unit");
						assertEquals(o.flag(), n.flag(), line);
						compared++;
					}
				}
			}
		}
		return compared;
	}

	private static void close(double expected, double actual, String what) {
		if (expected == actual || Double.isNaN(expected) && Double.isNaN(actual)) {
			return;
		}
		inexact++;
		assertTrue(Math.abs(expected - actual) <= 1e-9 * Math.abs(expected),
				what + ": expected " + expected + " but was " + actual + " (relative " + Math.abs(expected - actual) / Math.abs(expected) + ")");
	}
}
