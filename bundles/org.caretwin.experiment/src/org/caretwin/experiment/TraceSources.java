package org.caretwin.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.lang.generator.StepNames;
import org.caretwin.lang.model.ResolvedModel;

/** Where the steps and cohorts of a model are written, as {@code file.care:line}, by the names the engine gives them. */
record TraceSources(Map<String, String> steps, Map<String, String> cohorts) {

	static TraceSources of(ResolvedModel model) {
		List<ResolvedModel.Step> all = model.pathways().stream().flatMap(p -> p.steps().stream()).toList();
		StepNames names = new StepNames(all.stream().map(ResolvedModel.Step::id).toList());
		Map<String, String> steps = new LinkedHashMap<>();
		all.forEach(step -> steps.put(names.engineName(step.id()), line(step.position())));
		Map<String, String> cohorts = new LinkedHashMap<>();
		model.cohorts().forEach(cohort -> cohorts.put(cohort.name(), line(cohort.position())));
		return new TraceSources(Map.copyOf(steps), Map.copyOf(cohorts));
	}

	String step(String name) {
		return steps.getOrDefault(name, "");
	}

	String cohort(String name) {
		return cohorts.getOrDefault(name, "");
	}

	private static String line(ResolvedModel.SourcePosition position) {
		return position == null ? "" : position.file() + ":" + position.line();
	}
}
