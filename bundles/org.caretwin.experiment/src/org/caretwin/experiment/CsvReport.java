package org.caretwin.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.engine.stat.ConfidenceInterval;

/** {@code --csv DIR}: kpis.csv (intervals), replications.csv (every value), comparisons.csv (paired differences). */
public final class CsvReport {

	private CsvReport() {
	}

	/** Writes the three files into {@code dir}, all three or none. */
	public static List<Path> write(ExperimentResult result, Path dir) throws IOException {
		try (AtomicOutput output = new AtomicOutput()) {
			write(result, dir, output);
			return output.commit();
		}
	}

	/** Adds the three files to {@code output}, which renames them into place with the other outputs of a run. */
	public static List<Path> write(ExperimentResult result, Path dir, AtomicOutput output) throws IOException {
		Files.createDirectories(dir);
		ExperimentPlan plan = result.plan();
		List<String> kpis = new ArrayList<>(List.of("scenario,kpi,unit,mean,ciLow,ciHigh,n"));
		List<String> replications = new ArrayList<>(List.of("scenario,replication,kpi,value"));
		for (String scenario : plan.scenarios()) {
			for (String kpi : result.kpiNames()) {
				if (!result.has(scenario, kpi)) {
					continue;
				}
				ConfidenceInterval ci = result.interval(scenario, kpi);
				kpis.add(String.join(",", field(scenario), field(kpi), field(KpiCatalogue.unitOf(kpi)), number(ci.mean()),
						number(ci.low()), number(ci.high()), Integer.toString(ci.n())));
				double[] values = result.values(scenario, kpi);
				for (int r = 0; r < values.length; r++) {
					replications.add(String.join(",", field(scenario), Integer.toString(r), field(kpi), number(values[r])));
				}
			}
		}
		List<String> comparisons = new ArrayList<>(List.of("scenario,baseline,kpi,meanDifference,ciLow,ciHigh"));
		for (ExperimentResult.Difference d : result.comparisons()) {
			comparisons.add(String.join(",", field(d.scenario()), field(d.baseline()), field(d.kpi()),
					number(d.paired().mean()), number(d.paired().low()), number(d.paired().high())));
		}
		Path kpiFile = dir.resolve("kpis.csv");
		Path replicationFile = dir.resolve("replications.csv");
		Path comparisonFile = dir.resolve("comparisons.csv");
		output.write(kpiFile, lines(kpis));
		output.write(replicationFile, lines(replications));
		output.write(comparisonFile, lines(comparisons));
		return List.of(kpiFile, replicationFile, comparisonFile);
	}

	private static String lines(List<String> lines) {
		StringBuilder text = new StringBuilder();
		lines.forEach(line -> text.append(line).append('\n'));
		return text.toString();
	}

	/** A CSV field, quoted when it holds a comma or a quote (KPI names such as time(A,B) do). */
	public static String field(String text) {
		return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	static String number(double value) {
		return Double.isNaN(value) ? "" : Double.toString(value);
	}
}
