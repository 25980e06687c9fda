package org.caretwin.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.RunBound;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.eclipse.xtext.EcoreUtil2;

/**
 * What the IDE's live results do after each save of a model, timed in a warm process: read and validate the model
 * again, generate and compile its experiment, run it with the live number of replications, and replay replication 0
 * for the charts and the trace. Each save adds a unit to a resource, so the model compiles again: nothing comes from the cache.
 */
public final class LiveRefreshBenchmark {

	/** The IDE's default number of replications for live results. */
	public static final int LIVE_REPLICATIONS = 10;
	/** The patients the IDE keeps in the trace of a run. */
	private static final int TRACED_PATIENTS = 200;
	public static final int WARM_UP_SAVES = 2;
	public static final int TIMED_SAVES = 5;

	/** The seconds from a save to results ready for the views, and the runs each refresh made. */
	public record Outcome(Spread seconds, int scenarios, int replications) {
	}

	private LiveRefreshBenchmark() {
	}

	/**
	 * Copies the model folder of {@code experimentFile}, then saves {@code savedFile} of it again and again with one
	 * more unit of {@code resource} each time, timing each refresh of the experiment.
	 */
	public static Outcome run(Path experimentFile, String savedFile, String resource) throws IOException {
		Path copy = Files.createTempDirectory("caretwin-live");
		try {
			try (Stream<Path> files = Files.list(experimentFile.toAbsolutePath().getParent())) {
				for (Path source : files.filter(Files::isRegularFile).toList()) {
					Files.copy(source, copy.resolve(source.getFileName()));
				}
			}
			Path saved = copy.resolve(savedFile);
			String text = Files.readString(saved, StandardCharsets.UTF_8);
			Matcher count = Pattern.compile("(resource\\s+" + Pattern.quote(resource) + "\\s+count\\s+)(\\d+)").matcher(text);
			if (!count.find()) {
				throw new IllegalArgumentException(saved + " has no 'resource " + resource + " count N' to change");
			}
			int units = Integer.parseInt(count.group(2));
			double[] seconds = new double[TIMED_SAVES];
			ExperimentResult last = null;
			for (int save = 0; save < WARM_UP_SAVES + TIMED_SAVES; save++) {
				String changed = text.substring(0, count.start(2)) + (units + save + 1) + text.substring(count.end(2));
				Files.writeString(saved, changed, StandardCharsets.UTF_8);
				long start = System.nanoTime();
				last = refresh(copy.resolve(experimentFile.getFileName()));
				if (save >= WARM_UP_SAVES) {
					seconds[save - WARM_UP_SAVES] = (System.nanoTime() - start) / 1e9;
				}
			}
			return new Outcome(Spread.of(seconds), last.plan().scenarios().size(), last.plan().replications());
		} finally {
			try (Stream<Path> files = Files.walk(copy)) {
				for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	private static ExperimentResult refresh(Path model) {
		CheckedModel checked = CareWorkspace.standalone().modelOf(model);
		if (checked.hasErrors()) {
			throw new IllegalStateException(model + ": the varied model has errors: " + checked.problems());
		}
		Experiment experiment = EcoreUtil2.getAllContentsOfType(checked.model(model), Experiment.class).get(0);
		Simulation simulation = Simulation.prepare(model, experiment, new Simulation.Settings(LIVE_REPLICATIONS, null, null,
				Runtime.getRuntime().availableProcessors(), RunBound.DEFAULT_MAX_EVENTS), phase -> {
				});
		ExperimentResult result = simulation.run(done -> {
		});
		simulation.details();
		simulation.trace(TRACED_PATIENTS);
		return result;
	}
}
