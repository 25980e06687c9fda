package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.sizing.CapacitySizing;
import org.caretwin.lang.sizing.SizingLine;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static sizing on the resolved model gives the figures the former javac-and-seed path gave
 * ({@code golden/sizing-figures.txt}): every line of every scenario of every experiment of the examples, and of a
 * model of the features the examples do not use.
 */
class SizingFiguresTest {

	private static final double RELATIVE = 1e-9;

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
	void theExamplesAreSizedAsBefore() throws IOException {
		List<String> actual = new ArrayList<>();
		for (CheckedModel checked : CareWorkspace.standalone().modelsUnder(ModelChecker.examples())) {
			actual.addAll(figures(ModelChecker.examples().relativize(checked.folder()).toString(), checked));
		}
		assertSame(golden(line -> !line.startsWith("features ")), actual);
	}

	@Test
	void featuresTheExamplesDoNotUseAreSizedAsBefore(@TempDir Path dir) throws IOException {
		for (String shared : List.of("territory.care", "resources.care")) {
			Files.copy(ModelChecker.examples().resolve("loire").resolve(shared), dir.resolve(shared));
		}
		Files.writeString(dir.resolve("features.care"), FEATURES);
		CheckedModel checked = ModelChecker.model(dir);
		assertEquals(List.of(), checked.problems().stream().filter(p -> p.isError()).toList());
		assertSame(golden(line -> line.startsWith("features ")), figures("features", checked));
	}

	/** One line per sizing line: where, then the figures as in the golden file. */
	private static List<String> figures(String model, CheckedModel checked) {
		ResolvedModel resolved = ResolvedModelBuilder.of(checked);
		List<String> figures = new ArrayList<>();
		for (ResolvedModel.Experiment experiment : resolved.experiments()) {
			for (String scenario : experiment.scenarios()) {
				for (SizingLine l : CapacitySizing.of(resolved, scenario)) {
					figures.add(model + " " + experiment.name() + " " + scenario + " | " + l.resource() + " " + l.zone() + " "
							+ l.capacity() + " " + l.demandHours() + " " + l.demandP5() + " " + l.demandP95() + " "
							+ l.availableHours() + " " + l.hoursPerUnit());
				}
			}
		}
		return figures;
	}

	private static List<String> golden(java.util.function.Predicate<String> which) throws IOException {
		return Files.readAllLines(Path.of("golden/sizing-figures.txt")).stream()
				.filter(line -> !line.startsWith("#") && !line.isBlank()).filter(which).toList();
	}

	/** Same lines, names and units equal, figures within {@link #RELATIVE}. */
	private static void assertSame(List<String> expected, List<String> actual) {
		assertEquals(expected.size(), actual.size(), "lines: " + actual);
		assertTrue(expected.size() > 20, "too few lines: " + expected.size());
		for (int i = 0; i < expected.size(); i++) {
			String[] e = expected.get(i).split(" ");
			String[] a = actual.get(i).split(" ");
			assertEquals(e.length, a.length, actual.get(i));
			for (int f = 0; f < e.length; f++) {
				if (f < e.length - 5) {
					assertEquals(e[f], a[f], actual.get(i));
				} else {
					double want = Double.parseDouble(e[f]);
					double got = Double.parseDouble(a[f]);
					assertTrue(want == got || Math.abs(want - got) <= RELATIVE * Math.abs(want),
							"figure " + (f - e.length + 6) + " of " + actual.get(i) + ", expected " + expected.get(i));
				}
			}
		}
	}
}
