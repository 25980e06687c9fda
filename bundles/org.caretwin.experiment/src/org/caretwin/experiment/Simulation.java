package org.caretwin.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Profile;
import org.caretwin.lang.generator.ExperimentGenerator;
import org.caretwin.lang.generator.StepNames;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.sizing.CapacitySizing;
import org.caretwin.lang.sizing.SizingLine;
import org.caretwin.lang.workspace.ModelFolder;
import org.eclipse.xtext.EcoreUtil2;

/**
 * One experiment of a checked model on its way to results: generated, compiled, planned with the user's settings
 * and bounded, then run by a {@link Runner} and written as reports. The command line and the IDE run experiments
 * only through this class, so both give the same numbers and the same files.
 */
public final class Simulation {

	/**
	 * What the user may change for one run; {@code null} keeps the experiment's own value ({@code scenarios}: a subset
	 * of the experiment's, see {@link ExperimentPlan#withScenarios}).
	 */
	public record Settings(Integer replications, Long seed, List<String> scenarios, int threads, long maxEvents) {

		public Settings {
			scenarios = scenarios == null ? null : List.copyOf(scenarios);
		}

		public static Settings asWritten() {
			return new Settings(null, null, null, Runtime.getRuntime().availableProcessors(), RunBound.DEFAULT_MAX_EVENTS);
		}
	}

	/**
	 * The report files to write, each {@code null} when not wanted; the event log holds replications 0 to
	 * {@code eventReplications - 1} of each scenario, as XES when its name ends in {@code .xes}, else as CSV.
	 */
	public record Outputs(Path json, Path csvFolder, Path html, Path events, int eventReplications, List<String> diagrams,
			Function<Replay, String> animation) {

		/**
		 * {@code diagrams}: SVG documents of the model's pathways for the top of the HTML report (none when null);
		 * {@code animation}: the HTML that animates a replay on them (null for diagrams that stand still).
		 */
		public Outputs {
			diagrams = diagrams == null ? List.of() : List.copyOf(diagrams);
		}

		/** With diagrams that stand still. */
		public Outputs(Path json, Path csvFolder, Path html, Path events, int eventReplications, List<String> diagrams) {
			this(json, csvFolder, html, events, eventReplications, diagrams, null);
		}

		/** Without diagrams in the HTML report. */
		public Outputs(Path json, Path csvFolder, Path html, Path events, int eventReplications) {
			this(json, csvFolder, html, events, eventReplications, List.of());
		}

		/** The event log of replication 0, as before there was a choice. */
		public Outputs(Path json, Path csvFolder, Path html, Path events) {
			this(json, csvFolder, html, events, 1);
		}

		boolean xesEvents() {
			// A root has no name: it is refused as a file, whatever the format.
			Path name = events.getFileName();
			return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xes");
		}
	}

	private final Path modelFile;
	private final Experiment experiment;
	private final CompiledExperiment compiled;
	private final ExperimentPlan plan;
	/** The scenarios of the experiment as written, to tell whether the run chose fewer. */
	private final List<String> writtenScenarios;
	private final List<String> profiles;
	private final int threads;

	private Simulation(Path modelFile, Experiment experiment, CompiledExperiment compiled, ExperimentPlan plan,
			List<String> profiles, int threads) {
		this.modelFile = modelFile;
		this.experiment = experiment;
		this.compiled = compiled;
		this.plan = plan;
		this.writtenScenarios = compiled.plan().scenarios();
		this.profiles = profiles;
		this.threads = threads;
	}

	/** The experiment's Java, compiled and loaded. */
	public static CompiledExperiment compile(Experiment experiment) {
		return ModelCompiler.compile(ExperimentGenerator.className(experiment), ExperimentGenerator.generate(experiment));
	}

	/**
	 * Generates and compiles {@code experiment} of {@code modelFile} and applies {@code settings}; {@code phases} hears
	 * "generate" and "compile" as each ends.
	 *
	 * @throws RunBound.TooLarge when the run would make more events than {@code settings} allow
	 * @throws IllegalArgumentException when {@code settings} name a scenario the experiment does not run
	 */
	public static Simulation prepare(Path modelFile, Experiment experiment, Settings settings, Consumer<String> phases) {
		String source = ExperimentGenerator.generate(experiment);
		phases.accept("generate");
		CompiledExperiment compiled = ModelCompiler.compile(ExperimentGenerator.className(experiment), source);
		phases.accept("compile");
		ExperimentPlan plan = compiled.plan();
		if (settings.replications() != null) {
			plan = plan.withReplications(settings.replications());
		}
		if (settings.seed() != null) {
			plan = plan.withSeed(settings.seed());
		}
		if (settings.scenarios() != null) {
			plan = plan.withScenarios(settings.scenarios());
		}
		RunBound.check(compiled.factory(), plan, settings.maxEvents());
		return new Simulation(modelFile, experiment, compiled, plan, profileNames(experiment), settings.threads());
	}

	public ExperimentPlan plan() {
		return plan;
	}

	/** Every replication of every scenario on this machine's threads. */
	public ExperimentResult run(IntConsumer progress) {
		// The model is compiled already: the local runner's loader hands out its factory.
		return run(new LocalRunner(threads, shipped -> compiled.factory()), progress);
	}

	/** Every replication of every scenario on {@code runner}; {@code progress} hears the units finished so far. */
	public ExperimentResult run(Runner runner, IntConsumer progress) {
		return ResultMerge.merge(plan, runner.run(compiled.modelSource(), plan, ReplicationUnit.allOf(plan), progress));
	}

	/** The events of patients 0 to {@code patients - 1} in the first scenario's replication 0. */
	public Trace trace(int patients) {
		TraceSources sources = TraceSources.of(ResolvedModelBuilder.of(experiment.eResource()));
		return TraceRecorder.record(compiled.factory(), plan, profiles, sources, patients);
	}

	/**
	 * The first scenario's replication 0 (the run the trace and the report's details replay) sampled in
	 * {@link ReplayRecorder#FRAMES} frames, its steps named by their diagram ids.
	 */
	public Replay replay() {
		return replay(ReplayRecorder.FRAMES);
	}

	/** The same replay in {@code frames} frames. */
	public Replay replay(int frames) {
		List<ResolvedModel.Step> steps = ResolvedModelBuilder.of(experiment.eResource()).pathways().stream()
				.flatMap(p -> p.steps().stream()).toList();
		StepNames names = new StepNames(steps.stream().map(ResolvedModel.Step::id).toList());
		Map<String, String> diagramIds = new LinkedHashMap<>();
		steps.forEach(step -> diagramIds.put(names.engineName(step.id()), step.id()));
		return ReplayRecorder.record(compiled.factory(), plan, plan.scenarios().get(0), 0, diagramIds, frames);
	}

	/** A report file that could not be written; nothing was written then. */
	public static final class OutputFailure extends IOException {
		private static final long serialVersionUID = 1L;
		private final transient Path target;

		OutputFailure(Path target, IOException cause) {
			super(target + ": " + cause.getMessage(), cause);
			this.target = target;
		}

		public Path target() {
			return target;
		}
	}

	/** Every requested file, all renamed into place once all are complete: never a mixed set of old and new. */
	public void write(ExperimentResult result, Outputs outputs, String version) throws OutputFailure {
		Path target = null;
		try (AtomicOutput output = new AtomicOutput()) {
			if ((target = outputs.json()) != null) {
				output.write(target, JsonReport.of(result, modelFile.toString(), version));
			}
			if ((target = outputs.csvFolder()) != null) {
				CsvReport.write(result, target, output);
			}
			if ((target = outputs.html()) != null) {
				output.write(target, html(result, version, outputs));
			}
			if ((target = outputs.events()) != null) {
				output.write(target, out -> writeEvents(result.plan(), outputs, out));
			}
			target = null;
			output.commit();
		} catch (IOException e) {
			throw new OutputFailure(target, e);
		}
	}

	private void writeEvents(ExperimentPlan run, Outputs outputs, Writer out) throws IOException {
		if (outputs.xesEvents()) {
			XesLog.write(compiled.factory(), run, profiles, TraceSources.of(ResolvedModelBuilder.of(experiment.eResource())),
					outputs.eventReplications(), out);
		} else {
			EventLog.writeCsv(compiled.factory(), run, profiles, outputs.eventReplications(), out);
		}
	}

	/** The command line that reproduces this run exactly. */
	public String command() {
		return "caretwin simulate " + modelFile + " --experiment " + plan.name() + " --replications " + plan.replications()
				+ " --seed " + plan.seed()
				+ (plan.scenarios().equals(writtenScenarios) ? "" : " --scenarios " + String.join(",", plan.scenarios()));
	}

	/** The capacity sizing and the replay of replication 0 of every scenario, for the report and the charts. */
	public ScenarioDetails details() {
		return details(ResolvedModelBuilder.of(experiment.eResource()));
	}

	private ScenarioDetails details(ResolvedModel model) {
		Map<String, List<SizingLine>> sizing = new LinkedHashMap<>();
		Map<String, RunObservations> observations = new LinkedHashMap<>();
		for (String scenario : plan.scenarios()) {
			sizing.put(scenario, CapacitySizing.of(model, scenario));
			observations.put(scenario, RunObservations.of(compiled.factory(), plan, scenario));
		}
		return new ScenarioDetails(sizing, observations);
	}

	private String html(ExperimentResult result, String version, Outputs outputs) {
		// One resolved model serves the sizing and the inputs table.
		ResolvedModel model = ResolvedModelBuilder.of(experiment.eResource());
		String animation = outputs.animation() == null || outputs.diagrams().isEmpty() ? null
				: outputs.animation().apply(replay());
		return html(result, details(model), model, version, outputs.diagrams(), animation);
	}

	/** The HTML report of {@code result}, with the details already computed for it, as {@code --html} writes it. */
	public String htmlReport(ExperimentResult result, ScenarioDetails details, String version) {
		return html(result, details, ResolvedModelBuilder.of(experiment.eResource()), version, List.of(), null);
	}

	private String html(ExperimentResult result, ScenarioDetails details, ResolvedModel model, String version,
			List<String> diagrams, String animation) {
		Provenance provenance = Provenance.of(ModelFolder.filesOf(ModelFolder.folderOf(modelFile.toAbsolutePath())));
		return HtmlReport.of(result, new HtmlReport.Context(modelFile.toString(), version, command(), details, model,
				provenance, diagrams, animation));
	}

	/** The profiles of the model's cohort, in the order the trace and the event log name them. */
	private static List<String> profileNames(Experiment experiment) {
		return EcoreUtil2.getAllContentsOfType(EcoreUtil2.getRootContainer(experiment), Pathway.class).stream()
				.findFirst().map(p -> p.getCohort().getProfiles().stream().map(Profile::getName).toList()).orElse(List.of());
	}
}
