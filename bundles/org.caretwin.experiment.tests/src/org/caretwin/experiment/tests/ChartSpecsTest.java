package org.caretwin.experiment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.caretwin.experiment.ChartPage;
import org.caretwin.experiment.ChartSpecs;
import org.caretwin.experiment.ExperimentPlan;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.HtmlReport;
import org.caretwin.experiment.RunObservations;
import org.caretwin.lang.sizing.SizingLine;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/** The Vega-Lite specs: valid JSON whatever the model names, carrying the numbers of the result. */
class ChartSpecsTest {

	/** A scenario name that would break a spec written carelessly, or close the page's script element. */
	private static final String HOSTILE = "Ward \"B\" \\ </script><b>bold</b> & co\u2028";

	private static final ExperimentPlan PLAN = new ExperimentPlan("Clinic", List.of("Baseline", HOSTILE), 200, 3_000, 4, 3,
			List.of("wait(Visit)", "utilisation(Doctor)"), List.of());

	@Test
	void everySpecIsStrictJsonAndKeepsHostileNamesAsWritten() throws IOException {
		ExperimentResult result = new ExperimentRunner(2).run(ClinicModel.FACTORY, PLAN);
		List<ChartSpecs.Chart> charts = ChartSpecs.all(result, ReportsTest.details(PLAN));
		assertEquals(List.of("Indicators by scenario", "Utilisation over time", "Queues and waits over time", "Waiting times",
				"Resource occupancy — Baseline (replication 0, days 14 to 21)", "Capacity load — Baseline",
				"Capacity load — " + HOSTILE), charts.stream().map(ChartSpecs.Chart::title).toList());
		for (ChartSpecs.Chart chart : charts) {
			JsonObject spec = parse(chart.spec());
			assertFalse(chart.spec().contains("<"), "nothing in a spec can end the script element holding it: " + chart.title());
			assertTrue(spec.has("data") && spec.has("config"), chart.title());
		}
		JsonArray kpis = parse(charts.get(0).spec()).getAsJsonObject("data").getAsJsonArray("values");
		assertEquals(HOSTILE, kpis.get(1).getAsJsonObject().get("scenario").getAsString());
		assertEquals(List.of("Baseline", HOSTILE), strings(parse(charts.get(1).spec()).getAsJsonObject("spec")
				.getAsJsonArray("layer").get(1).getAsJsonObject().getAsJsonObject("encoding").getAsJsonObject("color")
				.getAsJsonObject("scale").getAsJsonArray("domain")));
	}

	@Test
	void aHostileNameCannotBreakTheReportPage() {
		ExperimentResult result = new ExperimentRunner(2).run(ClinicModel.FACTORY, PLAN);
		String html = HtmlReport.of(result, new HtmlReport.Context("clinic.care", "0.1.0", "caretwin simulate clinic.care",
				ReportsTest.details(PLAN), null, null));
		assertFalse(html.contains("<b>bold</b>"), "the name is never markup");
		assertEquals(ReportsTest.occurrences(html, "<script"), ReportsTest.occurrences(html, "</script>"),
				"every script element ends where it should");
		assertTrue(html.contains("Ward &quot;B&quot; \\ &lt;/script&gt;"), "tables show the name escaped");
	}

	@Test
	void kpiChartCarriesEachMeanWithItsInterval() throws IOException {
		ExperimentResult result = new ExperimentRunner(2).run(ClinicModel.FACTORY, PLAN);
		JsonObject spec = parse(ChartSpecs.kpis(result).orElseThrow().spec());
		assertEquals(List.of("wait(Visit) (days)", "utilisation(Doctor) (share)"), strings(spec.getAsJsonObject("facet")
				.getAsJsonArray("sort")));
		JsonArray values = spec.getAsJsonObject("data").getAsJsonArray("values");
		assertEquals(4, values.size(), "2 KPIs x 2 scenarios");
		JsonObject row = values.get(0).getAsJsonObject();
		var ci = result.interval("Baseline", "wait(Visit)");
		assertEquals("Baseline", row.get("scenario").getAsString());
		assertEquals(ci.mean(), row.get("mean").getAsDouble());
		assertEquals(ci.low(), row.get("low").getAsDouble());
		assertEquals(ci.high(), row.get("high").getAsDouble());
		assertEquals("independent", spec.getAsJsonObject("resolve").getAsJsonObject("scale").get("y").getAsString(),
				"each KPI on its own scale");
	}

	@Test
	void utilisationHasEveryWeekOfEachScenarioWithItsBandOverReplicationsAndShadesTheWarmUp() throws IOException {
		ExperimentResult result = new ExperimentRunner(2).run(ClinicModel.FACTORY, PLAN);
		JsonObject spec = parse(ChartSpecs.utilisation(result).orElseThrow().spec());
		JsonArray values = spec.getAsJsonObject("data").getAsJsonArray("values");
		assertEquals(2, values.size(), "the doctors of each scenario");
		ExperimentResult.WeeklyBand doctors = result.weeklyUtilisation(HOSTILE).get(0);
		JsonObject hostile = values.get(1).getAsJsonObject();
		assertEquals("Doctor", hostile.get("resource").getAsString());
		assertEquals(HOSTILE, hostile.get("scenario").getAsString());
		int weeks = doctors.mean().length;
		assertEquals(3200 / 168, weeks, "every whole week of the horizon");
		for (String series : List.of("week", "mean", "low", "high")) {
			assertEquals(weeks, hostile.getAsJsonArray(series).size(), series);
		}
		assertEquals(3, hostile.getAsJsonArray("week").get(2).getAsInt());
		assertEquals(doctors.mean()[2], hostile.getAsJsonArray("mean").get(2).getAsDouble(), 1e-4);
		assertTrue(doctors.low()[2] < doctors.mean()[2] && doctors.mean()[2] < doctors.high()[2], "a band around the mean");
		assertEquals(doctors.high()[2], hostile.getAsJsonArray("high").get(2).getAsDouble(), 1e-4);
		assertEquals(List.of("week", "mean", "low", "high"), strings(spec.getAsJsonArray("transform").get(0).getAsJsonObject()
				.getAsJsonArray("flatten")), "a row per week once unrolled");
		JsonArray layers = spec.getAsJsonObject("spec").getAsJsonArray("layer");
		JsonObject warmup = layers.get(0).getAsJsonObject();
		assertEquals("rect", warmup.getAsJsonObject("mark").get("type").getAsString());
		assertEquals(200.0 / 168, warmup.getAsJsonObject("encoding").getAsJsonObject("x2").get("datum").getAsDouble(), 1e-9,
				"the warm-up of 200 h, in weeks");
		assertEquals(List.of("area", "line"), List.of(layers.get(1).getAsJsonObject().getAsJsonObject("mark").get("type").getAsString(),
				layers.get(2).getAsJsonObject().getAsJsonObject("mark").get("type").getAsString()), "the band, then the mean");
	}

	@Test
	void waitsAreEveryWaitOfTheStepAsABoxPlot() throws IOException {
		Map<String, RunObservations> observations = ReportsTest.details(PLAN).observations();
		JsonObject spec = parse(ChartSpecs.waits(PLAN, observations).orElseThrow().spec());
		assertEquals("boxplot", spec.getAsJsonObject("spec").getAsJsonObject("mark").get("type").getAsString());
		JsonObject baseline = spec.getAsJsonObject("data").getAsJsonArray("values").get(0).getAsJsonObject();
		assertEquals("Visit", baseline.get("step").getAsString());
		List<Double> waits = observations.get("Baseline").waitDays().get("Visit");
		JsonArray written = baseline.getAsJsonArray("wait");
		assertEquals(waits.size(), written.size());
		double longest = waits.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		double writtenLongest = 0;
		for (JsonElement wait : written) {
			writtenLongest = Math.max(writtenLongest, wait.getAsDouble());
		}
		assertEquals(longest, writtenLongest, 5e-4, "days to the minute");
	}

	@Test
	void loadHeatMapHasAResourceByZoneCellForEachLimitedResource() throws IOException {
		List<SizingLine> lines = List.of(
				new SizingLine("Nurse", "North", 2, 3000, 2800, 3200, 4000, 2000),
				new SizingLine("Nurse", "South \"</script>\"", 1, 2500, 2300, 2700, 2000, 2000),
				new SizingLine("Lab", "North", -1, 100, 90, 110, Double.POSITIVE_INFINITY, 8760));
		JsonObject spec = parse(ChartSpecs.load("Baseline", lines).orElseThrow().spec());
		List<String> cells = new ArrayList<>();
		for (JsonElement value : spec.getAsJsonObject("data").getAsJsonArray("values")) {
			JsonObject cell = value.getAsJsonObject();
			cells.add(cell.get("resource").getAsString() + "@" + cell.get("zone").getAsString() + "=" + cell.get("load").getAsDouble()
					+ " " + cell.get("flag").getAsString());
		}
		assertEquals(List.of("Nurse@North=0.75 ok", "Nurse@South \"</script>\"=1.25 OVER CAPACITY"), cells,
				"the unlimited lab has no load");
		assertEquals(List.of("North", "South \"</script>\""), strings(spec.getAsJsonObject("encoding").getAsJsonObject("y")
				.getAsJsonArray("sort")));
	}

	@Test
	void aPageOfChartsRendersEachFigureWithTheInlinedLibraries() {
		String page = ChartPage.page(List.of(new ChartSpecs.Chart("A <title>", "{\"mark\":\"point\"}")));
		assertTrue(page.contains("<h2>A &lt;title&gt;</h2>"));
		assertTrue(page.contains("<script type=\"application/json\" class=\"vega-spec\">{\"mark\":\"point\"}</script>"));
		assertTrue(page.contains("vega-embed") && page.contains(ChartPage.RENDERED_ATTRIBUTE), "libraries and renderer inlined");
		assertFalse(page.contains("<script src"));
	}

	/** Strict JSON: one object and nothing after it. */
	private static JsonObject parse(String json) throws IOException {
		JsonReader reader = new JsonReader(new StringReader(json));
		JsonElement element = new Gson().getAdapter(JsonElement.class).read(reader);
		assertEquals(JsonToken.END_DOCUMENT, reader.peek(), "text after the spec");
		return element.getAsJsonObject();
	}

	private static List<String> strings(JsonArray array) {
		List<String> texts = new ArrayList<>();
		array.forEach(e -> texts.add(e.getAsString()));
		return texts;
	}
}
