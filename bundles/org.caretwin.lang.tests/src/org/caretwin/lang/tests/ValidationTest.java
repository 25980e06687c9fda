package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.caretwin.lang.workspace.Problem;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule with a broken model: the message and the line:column it points at. */
class ValidationTest {

	@TempDir
	Path dir;

	private static final String HEADER = """
			import Loire.*
			cohort Patients {
			    arrivals 100 per year in Loire
			    profile Hip 60%
			    profile Knee 40%
			}
			""";

	private Problem single(String body, Severity severity) throws Exception {
		List<Problem> issues = ModelChecker.checkText(dir, "broken.care", HEADER + body).stream()
				.filter(i -> i.severity() == severity).toList();
		assertEquals(1, issues.size(), issues.toString());
		return issues.get(0);
	}

	private static void assertAt(Problem issue, int line, int column, String messagePart) {
		assertTrue(issue.message().contains(messagePart), issue.message());
		assertEquals(line, issue.line(), "line of " + issue);
		assertEquals(column, issue.column(), "column of " + issue);
	}

	@Test
	void branchProbabilitiesMustSumToOne() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes 10 min
				        then branch { Hip: 50% -> B, 30% -> C  Knee: otherwise -> B }
				    step B by Surgeon takes 10 min end
				    step C by Surgeon takes 10 min end
				}
				""", Severity.ERROR);
		assertAt(issue, 9, 28, "add up to 80%, not 100%");
		assertEquals(List.of("20"), issue.data(), "quick-fix data: the missing share");
	}

	@Test
	void unreachableStepIsReported() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes 10 min end
				    step Orphan by Surgeon takes 10 min end
				}
				""", Severity.WARNING);
		assertAt(issue, 9, 10, "Orphan is never reached");
	}

	@Test
	void aCensusNeedsAResourceAndAClockTime() throws Exception {
		String model = """
				pathway P for Patients {
				    step A by Surgeon takes 10 min end
				}
				scenario Base
				experiment E {
				    horizon 1 year replications 5 seed 1
				    report census(%s)
				}
				""";
		assertAt(single(model.formatted("Bed at 25:00"), Severity.ERROR), 13, 19,
				"In census(Bed at 25:00): 25:00 is not a clock time: write hh:mm, from 00:00 to 23:59");
		assertAt(single(model.formatted("Stay at 08:00"), Severity.ERROR), 13, 19,
				"In census(Stay at 08:00): there is no resource Stay");
		assertAt(single(model.formatted("Bed"), Severity.ERROR), 13, 19,
				"In census(Bed): name a resource and a clock time, e.g. census(Bed at 00:00)");
	}

	@Test
	void aResourceNoStepUsesIsReported() throws Exception {
		Problem issue = single("""
				resource Dietitian count 2
				resource Nurse count 3
				pathway P for Patients {
				    step A by Surgeon takes 10 min
				        remote Call by Nurse takes 5 min for 20%
				        end
				}
				""", Severity.WARNING);
		assertAt(issue, 7, 10, "The resource Dietitian is used by no step");
	}

	@Test
	void aMisspeltResourceGivesNoUnusedWarningForTheOneItMeant() throws Exception {
		List<Problem> issues = ModelChecker.checkText(dir, "broken.care", HEADER + """
				resource Dietitian count 2
				pathway P for Patients {
				    step A by Dietitan takes 10 min end
				}
				""");
		assertEquals(1, issues.size(), issues.toString());
		assertAt(issues.get(0), 9, 15, "Dietitan");
	}

	@Test
	void cycleWithoutExitIsAnError() throws Exception {
		List<Problem> issues = ModelChecker.checkText(dir, "broken.care", HEADER + """
				pathway P for Patients {
				    step A by Surgeon takes 10 min then B
				    step B by Surgeon takes 10 min then A
				}
				""").stream().filter(i -> i.severity() == Severity.ERROR)
				.sorted(java.util.Comparator.comparing(Problem::line)).toList();
		assertEquals(2, issues.size(), issues.toString());
		assertAt(issues.get(0), 8, 10, "can never leave the pathway");
	}

	@Test
	void unknownResourceIsAnError() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Sergeon takes 10 min end
				}
				""", Severity.ERROR);
		assertAt(issue, 8, 15, "no resource 'Sergeon' — did you mean 'Surgeon'?");
	}

	@Test
	void zeroDurationIsAnError() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes 0 min end
				}
				""", Severity.ERROR);
		assertAt(issue, 8, 29, "must be more than zero");
	}

	@Test
	void missingDistributionParameterIsAnError() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes lognormal(mean 30 min) end
				}
				""", Severity.ERROR);
		assertAt(issue, 8, 29, "lognormal needs 'sd'");
	}

	@Test
	void profileSharesMustSumToOneHundred() throws Exception {
		List<Problem> issues = ModelChecker.checkText(dir, "broken.care", """
				cohort Patients {
				    arrivals 100 per year
				    profile Hip 60%
				    profile Knee 30%
				}
				""").stream().filter(i -> i.severity() == Severity.ERROR).toList();
		assertEquals(1, issues.size(), issues.toString());
		assertAt(issues.get(0), 3, 5, "add up to 90%");
	}

	@Test
	void expectationOnUnknownKpiIsAnError() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes 10 min end
				}
				scenario Baseline
				experiment E {
				    horizon 1 year replications 5 seed 1
				    expect waiting(A) < 3 days
				}
				""", Severity.ERROR);
		assertAt(issue, 13, 12, "Unknown indicator 'waiting' (did you mean 'wait'?)");
		assertEquals(List.of("wait"), issue.data(), "quick-fix data");
	}

	@Test
	void scenarioChangingSomethingThatDoesNotExistIsAnError() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes 10 min end
				}
				innovation Tele { A remote Video for 50% }
				""", Severity.ERROR);
		assertAt(issue, 10, 28, "A has no remote mode Video");
	}

	@Test
	void aDurationWithoutUnitIsAnError() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes exponential(mean 30) end
				}
				""", Severity.ERROR);
		assertAt(issue, 8, 46, "A duration needs a time unit");
	}

	@Test
	void aPatienceWithoutUnitIsAnError() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes 30 min
				        when unavailable wait at most exponential(mean 2) then lose "left unseen"
				    end
				}
				""", Severity.ERROR);
		assertAt(issue, 9, 56, "A duration needs a time unit");
	}

	@Test
	void aPatienceRedirectingToAMisspeltStepIsAnError() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes 30 min
				        when unavailable wait at most 4 h then redirect to Elswhere
				    step Elsewhere by Surgeon takes 10 min end
				}
				""", Severity.ERROR);
		assertAt(issue, 9, 60, "Elsewhere");
	}

	@Test
	void aPriorityForAMisspeltProfileIsAnError() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes 30 min
				        when unavailable wait priority Hip: 2, Kne: 1
				    end
				}
				""", Severity.ERROR);
		assertAt(issue, 9, 48, "Kne");
	}

	@Test
	void anExpectationBoundInTheWrongUnitIsAnError() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes 10 min end
				}
				scenario Baseline
				experiment E {
				    horizon 1 year replications 5 seed 1
				    expect cost(per patient) < 3 days
				}
				""", Severity.ERROR);
		assertAt(issue, 13, 34, "cost is not a duration (its unit is EUR)");
	}

	@Test
	void aKpiOnAStepThatDoesNotExistIsAnError() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes 10 min end
				}
				scenario Baseline
				experiment E {
				    horizon 1 year replications 5 seed 1
				    report wait(Surgery), utilisation(Surgeon by zone), utilisation(Surgeon@Roanne)
				}
				""", Severity.ERROR);
		assertAt(issue, 13, 17, "there is no step Surgery");
	}

	@Test
	void everydayWordsStayUsableAsNames() throws Exception {
		List<Problem> issues = ModelChecker.checkText(dir, "names.care", """
				import Loire.*
				cohort Patients {
				    arrivals 100 per year
				    profile Wait 50%
				    profile Home 50%
				    attribute mode uniform(1 years, 2 years)
				    attribute cost uniform(1 years, 2 years)
				}
				pathway Travel for Patients {
				    step Step by Surgeon takes 10 min
				    step End by Surgeon takes 10 min  remote Remote takes 5 min for 10% where mode < 2 years
				        end
				}
				scenario Scenario
				experiment Experiment {
				    horizon 1 year replications 5 seed 1
				    report wait(Step), wait(End), arrivals, lost, cost(per patient), travel(per patient)
				}
				""");
		assertEquals(List.of(), issues.stream().map(Problem::toString).toList());
	}

	@Test
	void aBrokenArrivalSeriesSaysWhichLine() throws Exception {
		java.nio.file.Files.writeString(dir.resolve("series.csv"), "date,count\n2026-01-05,3\n2026-01-07,4\n");
		List<Problem> issues = ModelChecker.checkText(dir, "broken.care", """
				cohort Patients {
				    arrivals from "series.csv"
				}
				""");
		assertEquals(1, issues.size(), issues.toString());
		assertAt(issues.get(0), 2, 19, "series.csv:3: 2026-01-07 does not follow 2026-01-05");
	}

	@Test
	void aBrokenTableOfStaysSaysWhichLine() throws Exception {
		java.nio.file.Files.writeString(dir.resolve("stays.csv"), "patient,stay\n1,4\n2,four\n");
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes empirical from "stays.csv" column stay in days end
				}
				""", Severity.ERROR);
		assertAt(issue, 8, 44, "stays.csv:3:");
		assertTrue(issue.message().contains("four"), issue.message());
	}

	@Test
	void aTableColumnThatIsNotThereListsTheColumns() throws Exception {
		java.nio.file.Files.writeString(dir.resolve("stays.csv"), "patient,stay\n1,4\n");
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes empirical from "stays.csv" column length in days end
				}
				""", Severity.ERROR);
		assertAt(issue, 8, 44, "length");
		assertTrue(issue.message().contains("stay"), "lists the columns there are: " + issue.message());
	}

	@Test
	void aTableOfDurationsNeedsAUnit() throws Exception {
		java.nio.file.Files.writeString(dir.resolve("stays.csv"), "patient,stay\n1,4\n");
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes empirical from "stays.csv" column stay end
				}
				""", Severity.ERROR);
		assertAt(issue, 8, 63, "A duration needs a time unit");
	}

	@Test
	void syntaxErrorHasAPosition() throws Exception {
		Problem issue = single("""
				pathway P for Patients {
				    step A by Surgeon takes 10 minutes end
				}
				""", Severity.ERROR);
		assertEquals(8, issue.line(), issue.toString());
	}
}
