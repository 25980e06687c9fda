package org.caretwin.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import org.caretwin.engine.TimeUnits;
import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Kpis;
import org.caretwin.engine.random.RandomStreams;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.workspace.CareWorkspace;
import org.eclipse.xtext.EcoreUtil2;

/** One year of the synthetic national model: wall time and peak heap. */
public final class NationalBenchmark {

	public record Outcome(int zones, long patients, long events, double seconds, long peakHeapBytes) {
	}

	private NationalBenchmark() {
	}

	public static Outcome run() throws IOException {
		Path dir = Files.createTempDirectory("caretwin-bench");
		Path file = dir.resolve("national.care");
		try {
			Files.writeString(file, NationalModel.text());
			Experiment experiment = EcoreUtil2.getAllContentsOfType(CareWorkspace.standalone().modelOf(file).model(file),
					Experiment.class).get(0);
			CompiledExperiment compiled = Simulation.compile(experiment);
			CareModel model = compiled.factory().create("Baseline");
			RandomStreams streams = new RandomStreams(compiled.plan().seed(), model.randomSourceNames());
			System.gc();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			long start = System.nanoTime();
			Kpis kpis = model.run(streams, 0, 0, TimeUnits.YEAR);
			double seconds = (System.nanoTime() - start) / 1e9;
			long peak = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					peak += pool.getPeakUsage().getUsed();
				}
			}
			return new Outcome(NationalModel.ZONES, Math.round(kpis.get("arrivals")), model.eventCount(), seconds, peak);
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}
}
