package org.caretwin.experiment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.experiment.ChartPage;
import org.caretwin.experiment.CsvReport;
import org.caretwin.experiment.ExperimentPlan;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.HtmlReport;
import org.caretwin.experiment.JsonReport;
import org.caretwin.experiment.RunObservations;
import org.caretwin.experiment.ScenarioDetails;
import org.caretwin.lang.sizing.SizingLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

	private static final ExperimentPlan PLAN = new ExperimentPlan("Clinic", List.of("Baseline", "ShorterVisits"), 200,
			3_000, 5, 3, List.of("wait(Visit)", "utilisation(Doctor)"), List.of());

	@Test
	void htmlIsSelfContainedWithEverySection() {
		ExperimentResult result = new ExperimentRunner(2).run(ClinicModel.FACTORY, PLAN);
		String html = HtmlReport.of(result, new HtmlReport.Context("clinic.care", "0.1.0", "caretwin simulate clinic.care",
				details(PLAN), null, new org.caretwin.experiment.Provenance("2026-12-02T10:00:00Z", "Test JDK 25",
						"0123456789abcdef0123456789abcdef")));
		for (String section : List.of("<h2>Summary</h2>", "run 2026-12-02T10:00:00Z with CareTwin 0.1.0 on Test JDK 25",
				"model files SHA-256 <code>0123456789abcdef</code>", "<h2>Indicators</h2>", "<h2>Scenarios against Baseline</h2>",
				"<h2>Utilisation over time</h2>", "<h2>Waiting times</h2>", "<h2>Capacity sizing — Baseline</h2>",
				"seed 3", "caretwin simulate clinic.care", "wait(Visit)")) {
			assertTrue(html.contains(section), section);
		}
		// KPIs, utilisation, waits and the load of each of the two scenarios, their specs beside them.
		assertEquals(5, occurrences(html, "<figure class=\"chart\"><div class=\"vega-chart\"></div><script type=\"application/json\""));
		double baselineWait = result.interval("Baseline", "wait(Visit)").mean();
		assertTrue(html.contains("{\"panel\":\"wait(Visit) (days)\",\"scenario\":\"Baseline\",\"mean\":" + baselineWait + ","),
				"the KPI chart carries the mean of the table");
		assertEquals(1, occurrences(html, ChartPage.scripts()), "the libraries and the renderer, once");
		assertTrue(html.contains("vegaEmbed(target, spec, { actions: false"), "rendered without export actions");
		String markup = html.replaceAll("(?s)<script[^>]*>.*?</script>", "");
		assertFalse(markup.contains("http:") || markup.contains("https:") || markup.contains("<link"), "nothing fetched");
		assertFalse(html.contains("<script src"), "no script fetched");
		assertFalse(markup.contains("<svg"), "the charts are drawn by Vega, not written by hand");
		// Shorter visits shorten the wait: the summary names it, with the two means.
		assertTrue(markup.contains("<li><b>ShorterVisits</b>: wait(Visit) lower by "), markup.substring(0, Math.min(3000, markup.length())));
		assertFalse(markup.replaceAll("(?s)<style>.*?</style>", "").matches("(?s).*\\d\\.\\d+e[-+]\\d.*"), "no scientific notation");
	}

	static ScenarioDetails details(ExperimentPlan plan) {
		Map<String, RunObservations> observations = new LinkedHashMap<>();
		Map<String, List<SizingLine>> sizing = new LinkedHashMap<>();
		for (String scenario : plan.scenarios()) {
			observations.put(scenario, RunObservations.of(ClinicModel.FACTORY, plan, scenario));
			// sizing is computed from a resolved model in the language layer; here its lines are given
			sizing.put(scenario, List.of(new SizingLine("Doctor", "all", 5, 39420, 39093, 39747, 43800, 8760)));
		}
		return new ScenarioDetails(sizing, observations);
	}

	static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	@Test
	void weeklyUtilisationSettlesAtTheLoadOfTheQueue() {
		RunObservations observations = RunObservations.of(ClinicModel.FACTORY, PLAN, "Baseline");
		double[] weeks = observations.utilisation().get(0).weeklyUtilisation();
		assertEquals(3200 / 168, weeks.length);
		double mean = java.util.Arrays.stream(weeks, 3, weeks.length).average().orElseThrow();
		assertEquals(0.9, mean, 0.03, "4.5 patients an hour on 5 doctors for 1 h each");
	}

	@Test
	void jsonAndCsvCarryTheIntervals(@TempDir Path dir) throws Exception {
		ExperimentResult result = new ExperimentRunner(2).run(ClinicModel.FACTORY, PLAN);
		String json = JsonReport.of(result, "clinic.care", "0.1.0");
		assertTrue(json.startsWith("{\n  \"schema\": \"caretwin.results/1\""), json);
		assertTrue(json.contains("\"comparisons\": [\n"), json);
		List<Path> files = CsvReport.write(result, dir);
		List<String> kpis = Files.readAllLines(files.get(0));
		assertEquals("scenario,kpi,unit,mean,ciLow,ciHigh,n", kpis.get(0));
		assertTrue(kpis.stream().anyMatch(l -> l.startsWith("ShorterVisits,wait(Visit),days,")));
		assertEquals(1 + 2 * result.kpiNames().size() * PLAN.replications(), Files.readAllLines(files.get(1)).size());
	}
}
