package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.engine.stat.QueueingTheory;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.sizing.CapacitySizing;
import org.caretwin.lang.sizing.SizingLine;
import org.caretwin.lang.workspace.Problem;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario changes of arrival rates ({@code arrivals +20%}), of a step's durations and delays ({@code Surgery takes
 * +10%}, {@code Consultation after -50%}) and an innovation's change written in the scenario: Erlang C through the
 * generated Java, sizing on the changed model, and the rules with their positions.
 */
class ScenarioOverridesTest {

	private static final Path EXAMPLE = ModelChecker.examples().resolve("textbook/scenarios");

	@TempDir
	Path dir;

	private static double erlangCWaitDays(double arrivalsPerHour, double meanHours) {
		double load = arrivalsPerHour * meanHours;
		return QueueingTheory.erlangC(4, load) * meanHours / (4 - load) / 24;
	}

	@Test
	void moreDemandAndLongerVisitsWaitAsErlangCSays() {
		CompiledExperiment compiled = Simulation.compile(ModelChecker.model(EXAMPLE).experiments().get(0));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		Map<String, Double> theory = Map.of("Baseline", erlangCWaitDays(2.4, 1), "MoreDemand", erlangCWaitDays(2.88, 1),
				"LongerVisits", erlangCWaitDays(2.4, 1.2));
		for (Map.Entry<String, Double> scenario : theory.entrySet()) {
			ConfidenceInterval wait = result.interval(scenario.getKey(), "wait(Consultation)");
			System.out.printf("scenarios: %s wait %.5f %s (Erlang C %.5f)%n", scenario.getKey(), wait.mean(), wait, scenario.getValue());
			assertTrue(wait.contains(scenario.getValue()), scenario + " outside " + wait);
		}
		assertTrue(result.interval("MoreDemand", "arrivals").contains(2.88 * 8760), "20% more arrivals");
		assertEquals(result.interval("Baseline", "arrivals").mean(), result.interval("LongerVisits", "arrivals").mean(),
				"the same arrivals, drawn alike");
		assertTrue(result.allExpectationsHold(), result.verdicts().toString());
		// Half the doctors for four weeks: about (2.4 - 2) x 672 = 269 patients queue up, none without the window.
		ConfidenceInterval backlog = result.interval("DoctorsAway", "maxQueue(Consultation)");
		System.out.printf("scenarios: DoctorsAway maxQueue %.1f %s (fluid bound 269), Baseline %.1f%n", backlog.mean(), backlog,
				result.interval("Baseline", "maxQueue(Consultation)").mean());
		assertTrue(backlog.low() > 150 && backlog.high() < 300, "the window's backlog " + backlog);
		assertTrue(result.interval("Baseline", "maxQueue(Consultation)").high() < 40);
		assertEquals(result.interval("Baseline", "arrivals").mean(), result.interval("DoctorsAway", "arrivals").mean(),
				"the window changes no arrival");
	}

	@Test
	void sizingSeesTheChangedRatesAndDurations() {
		ResolvedModel resolved = ResolvedModelBuilder.of(ModelChecker.model(EXAMPLE));
		for (String scenario : List.of("Baseline", "MoreDemand", "LongerVisits", "DoctorsAway")) {
			double hours = CapacitySizing.of(resolved, scenario).stream().collect(Collectors.summingDouble(SizingLine::demandHours));
			boolean busier = scenario.equals("MoreDemand") || scenario.equals("LongerVisits");
			assertEquals(busier ? 2.88 * 8760 : 2.4 * 8760, hours, 1e-6, scenario + " (a window leaves the year's figures)");
		}
	}

	private static final String MODEL = """
			resource Doctor count 2
			cohort Booked {
			    arrivals scheduled { monday at 08:00 4 patients }
			}
			cohort WalkIns {
			    arrivals 2 per h
			}
			pathway P for Booked {
			    step Triage decides branch { 50% -> Visit, otherwise -> Visit }
			    step Visit by Doctor takes 20 min end
			}
			pathway Q for WalkIns {
			    step Consultation by Doctor takes 15 min after 2 days end
			}
			""";

	private List<Problem> errors(String scenario) throws Exception {
		return ModelChecker.errors(dir, MODEL + scenario);
	}

	@Test
	void scheduledArrivalsHaveNoRateToChange() throws Exception {
		ModelChecker.assertOneError(errors("scenario S { arrivals of Booked +20% }\n"), 15, 26,
				"The arrivals of Booked are scheduled, not a rate: change their counts in the cohort");
		ModelChecker.assertOneError(errors("scenario S { arrivals +20% }\n"), 15, 23, "The arrivals of Booked are scheduled, not a rate: change"
				+ " their counts in the cohort, or name the cohorts to change ('arrivals of ...')");
		assertEquals(List.of(), errors("scenario S { arrivals of WalkIns +20% }\n"));
	}

	@Test
	void aStepTimeChangeNeedsATimeToChange() throws Exception {
		ModelChecker.assertOneError(errors("scenario S { Triage takes +10% }\n"), 15, 14, "The decision Triage takes no time to change");
		ModelChecker.assertOneError(errors("scenario S { Visit after -50% }\n"), 15, 14, "Visit has no planned delay ('after ...') to change");
		ModelChecker.assertOneError(errors("scenario S { Visit takes -100% }\n"), 15, 26,
				"A change of -100% or more would leave no time: write a shorter time in the step instead");
		assertEquals(List.of(), errors("scenario S { Consultation after -50%  Visit takes +10% }\n"));
	}

	@Test
	void aWindowChangesCountsAndRatesThatExist() throws Exception {
		assertEquals(List.of(), errors("scenario S { from week 10 to week 14: Doctor count -50%, arrivals of WalkIns +100% }\n"));
		ModelChecker.assertOneError(errors("scenario S { from week 10 to week 14: arrivals of Booked +100% }\n"), 15, 51,
				"The arrivals of Booked cannot change for a window: only arrivals at a rate ('per year', 'every ...') can");
		ModelChecker.assertOneError(errors("scenario S { from week 14 to week 10: Doctor count -50% }\n"), 15, 35,
				"A window must end after it starts: 'from week 14 to week 15' is one week");
		ModelChecker.assertOneError(errors("scenario S { from week 10 to week 14: Doctor count -150% }\n"), 15, 52,
				"A count cannot fall by more than 100%");
	}

	/** 0.2 patients an hour for 30 min with 2 doctors open 4 h on weekdays, or 10 h in scenario AllDay. */
	@Test
	void aScenarioGivesAResourceAnotherCalendar() throws Exception {
		Path file = dir.resolve("calendars.care");
		java.nio.file.Files.writeString(file, """
				calendar Mornings { monday..friday 08:00-12:00 }
				calendar Days { monday..friday 08:00-18:00 }
				resource Doctor count 2 calendar Mornings
				cohort C {
				    arrivals 0.2 per h
				}
				pathway P for C {
				    step Visit by Doctor takes 30 min end
				}
				scenario Baseline
				scenario AllDay {
				    Doctor calendar Days
				}
				experiment E {
				    compare Baseline, AllDay
				    horizon 20000 h  warmup 500 h  replications 5  seed 2
				    report utilisation(Doctor), wait(Visit)
				}
				""");
		var checked = ModelChecker.modelOf(file);
		assertEquals(List.of(), checked.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList());
		ResolvedModel resolved = ResolvedModelBuilder.of(checked);
		double mornings = CapacitySizing.of(resolved, "Baseline").get(0).availableHours();
		double days = CapacitySizing.of(resolved, "AllDay").get(0).availableHours();
		assertEquals(0.4, mornings / days, 0.01, "4 open hours a day against 10 (holidays alike)");
		CompiledExperiment compiled = Simulation.compile(checked.experiments().get(0));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		ConfidenceInterval baseline = result.interval("Baseline", "utilisation(Doctor)");
		ConfidenceInterval allDay = result.interval("AllDay", "utilisation(Doctor)");
		System.out.printf("calendars: utilisation %.4f %s with mornings, %.4f %s all day (theory %.4f, %.4f)%n", baseline.mean(),
				baseline, allDay.mean(), allDay, 876 / mornings, 876 / days);
		// Every patient is seen (the busy hours are the demand, 876 h a year), over 2.5 times the open hours.
		assertEquals(876 / mornings, baseline.mean(), 0.05 * 876 / mornings);
		assertEquals(876 / days, allDay.mean(), 0.05 * 876 / days);
		assertTrue(result.interval("AllDay", "wait(Visit)").high() < result.interval("Baseline", "wait(Visit)").low());
	}

	@Test
	void anInnovationsChangeCanBeWrittenInTheScenario() throws Exception {
		List<Problem> errors = errors("scenario S { Visit repeat -20% }\n");
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).message().contains("Visit"), errors.get(0).message());
	}
}
