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
import org.caretwin.experiment.Occupancy;
import org.caretwin.experiment.LocalRunner;
import org.caretwin.experiment.ModelSource;
import org.caretwin.experiment.ReplicationResult;
import org.caretwin.experiment.ReplicationUnit;
import org.caretwin.experiment.ResultRows;
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
				"<h2>Utilisation over time</h2>", "<h2>Queues and waits over time</h2>", "<h2>Waiting times</h2>", "<h2>Resource occupancy — Baseline (replication 0, days 14 to 21)</h2>",
				"<h2>Capacity sizing — Baseline</h2>",
				"seed 3", "caretwin simulate clinic.care", "wait(Visit)")) {
			assertTrue(html.contains(section), section);
		}
		// KPIs, utilisation, queues and waits, waiting times, occupancy and the load of each of the two scenarios.
		assertEquals(7, occurrences(html, "<figure class=\"chart\"><div class=\"vega-chart\"></div><script type=\"application/json\""));
		double baselineWait = result.interval("Baseline", "wait(Visit)").mean();
		assertTrue(html.contains("{\"panel\":\"wait(Visit) (days)\",\"scenario\":\"Baseline\",\"mean\":" + baselineWait + ","),
				"the KPI chart carries the mean of the table");
		assertEquals(1, occurrences(html, ChartPage.scripts()), "the libraries and the renderer, once");
		assertTrue(html.contains("vegaEmbed(target, spec, { actions: false"), "rendered without export actions");
		String markup = html.replaceAll("(?s)<script[^>]*>.*?</script>", "");
		assertFalse(markup.contains("http:") || markup.contains("https:") || markup.contains("<link"), "nothing fetched");
		assertFalse(html.contains("<script src"), "no script fetched");
		assertFalse(markup.contains("<svg"), "the charts are drawn by Vega, not written by hand");
		// Shorter visits shorten the wait, which is better for a wait: the summary names it, with the two means.
		assertTrue(markup.contains("<li><span class=\"badge pass\">BETTER</span> <b>ShorterVisits</b>: wait(Visit) lower by "),
				markup.substring(0, Math.min(3000, markup.length())));
		assertTrue(markup.contains("<td class=\"strong better\">lower, better</td>"), "the comparison table says which way is better");
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
	void aSignificantDifferenceIsBetterOrWorseOnlyWhereTheKpiHasADirection() {
		ExperimentResult result = new ExperimentRunner(2).run(ClinicModel.FACTORY, PLAN);
		Map<String, ResultRows.Difference> byKpi = new LinkedHashMap<>();
		ResultRows.differences(result).forEach(d -> byKpi.put(d.kpi(), d));
		assertEquals(ResultRows.Effect.BETTER, byKpi.get("wait(Visit)").effect(), "shorter visits, shorter waits");
		assertEquals("lower, better", byKpi.get("wait(Visit)").verdict());
		// Busier or idler doctors is neither good nor bad in itself.
		assertEquals(ResultRows.Effect.NEITHER, byKpi.get("utilisation(Doctor)").effect());
		assertEquals("lower", byKpi.get("utilisation(Doctor)").verdict());
	}

	@Test
	void occupancyLaysEverySessionOfTheWeekOnAUnitWithoutOverlap() {
		RunObservations observations = RunObservations.of(ClinicModel.FACTORY, PLAN, "Baseline");
		Occupancy occupancy = observations.occupancy();
		assertEquals(336, occupancy.from(), "the first Monday after the warm-up of 200 hours");
		List<Occupancy.Bar> bars = occupancy.bars();
		assertFalse(occupancy.truncated());
		Map<String, Double> freeAt = new LinkedHashMap<>();
		double busy = 0;
		for (Occupancy.Bar bar : bars) {
			assertTrue(bar.start() >= occupancy.from() && bar.end() <= occupancy.to() && bar.start() <= bar.end(), bar.toString());
			assertTrue(bar.start() >= freeAt.getOrDefault(bar.unit(), 0.0) - 1e-9, "two sessions at once on " + bar.unit());
			freeAt.put(bar.unit(), bar.end());
			busy += bar.end() - bar.start();
		}
		assertEquals(List.of("Doctor #1", "Doctor #2", "Doctor #3", "Doctor #4", "Doctor #5"),
				freeAt.keySet().stream().sorted().toList(), "never more units than the 5 doctors");
		// The bars hold exactly the busy hours of that week, which the weekly utilisation of the same run (replication 0
		// of Baseline, run by the runner) measures independently.
		ReplicationResult run = new LocalRunner(1, source -> ClinicModel.FACTORY).run(new ModelSource("clinic", null), PLAN,
				List.of(new ReplicationUnit(0, 0)), done -> {
				}).get(0);
		assertEquals(run.weeklyUtilisation().get("Doctor")[2] * 5 * 168, busy, 1e-6);
	}

	@Test
	void weeklyUtilisationSettlesAtTheLoadOfTheQueue() {
		ExperimentResult result = new ExperimentRunner(2).run(ClinicModel.FACTORY, PLAN);
		double[] weeks = result.weeklyUtilisation("Baseline").get(0).mean();
		assertEquals(3200 / 168, weeks.length);
		double mean = java.util.Arrays.stream(weeks, 3, weeks.length).average().orElseThrow();
		assertEquals(0.9, mean, 0.03, "4.5 patients an hour on 5 doctors for 1 h each");
		assertEquals(0.9, weeks[1], 0.05, "the week of the end of the warm-up (200 h) is measured from it, without a dip");
		// The weekly series come from the runs of the experiment, which they do not change.
		assertEquals(result.interval("Baseline", "utilisation(Doctor)").mean(),
				new ExperimentRunner(1).run(ClinicModel.FACTORY, PLAN).interval("Baseline", "utilisation(Doctor)").mean());
	}

	@Test
	void weeklyQueuesAndWaitsAverageToTheRunsOwnMeans() {
		ExperimentResult result = new ExperimentRunner(2).run(ClinicModel.FACTORY, PLAN);
		List<ExperimentResult.WeeklyBand> bands = result.weeklyQueues("Baseline");
		assertEquals(List.of("queue(Visit)", "wait(Visit)"), bands.stream().map(ExperimentResult.WeeklyBand::resource).toList());
		// Whole weeks after the warm-up week: their mean queue and mean wait are the run's own, week by week, so their
		// average over those weeks is within a few percent of the KPIs measured over the same window.
		double[] queue = bands.get(0).mean();
		double[] wait = bands.get(1).mean();
		double weeklyQueue = java.util.Arrays.stream(queue, 2, queue.length).average().orElseThrow();
		double weeklyWait = java.util.Arrays.stream(wait, 2, wait.length).average().orElseThrow();
		double queueKpi = result.interval("Baseline", "queue(Visit)").mean();
		double waitKpi = result.interval("Baseline", "wait(Visit)").mean();
		System.out.printf("weekly: queue %.3f (KPI %.3f), wait %.5f days (KPI %.5f)%n", weeklyQueue, queueKpi, weeklyWait, waitKpi);
		assertEquals(queueKpi, weeklyQueue, 0.08 * queueKpi);
		assertEquals(waitKpi, weeklyWait, 0.08 * waitKpi);
		assertTrue(result.interval("Baseline", "queue(Visit)").contains(4.5 * waitKpi * 24), "Little: Lq = lambda Wq");
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
