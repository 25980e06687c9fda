package org.caretwin.diagram.bpmn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * A BPMN 2.0 file as {@code .care} text: a pathway per process ({@link ProcessImport}), then the cohorts and
 * resources they need that the model does not declare yet. What CareTwin exported comes back from its
 * {@value Care#NS} attributes as written; what another modeller wrote gets placeholders, each with a warning.
 */
public final class BpmnImport {

	/** The text to write and what was guessed ({@code file: warning: ...}), in the order met. */
	public record Result(String text, List<String> warnings) {

		public Result {
			warnings = List.copyOf(warnings);
		}
	}

	/** The duration written for a task without one. */
	static final String PLACEHOLDER_DURATION = "1 h";
	static final String PLACEHOLDER_ARRIVALS = "1 per day";

	private final String file;
	private final Set<String> declaredCohorts;
	private final Set<String> declaredResources;
	private final List<String> warnings = new ArrayList<>();
	/** Resources to declare, with their supply. */
	private final Map<String, String> resources = new LinkedHashMap<>();
	private final StringBuilder cohorts = new StringBuilder();
	private final StringBuilder pathways = new StringBuilder();
	private final CareNames pathwayNames = new CareNames();

	private BpmnImport(Path file, Set<String> declaredCohorts, Set<String> declaredResources) {
		this.file = file.toString();
		this.declaredCohorts = new LinkedHashSet<>(declaredCohorts);
		this.declaredResources = new LinkedHashSet<>(declaredResources);
	}

	/**
	 * The pathways of {@code file}, with the cohorts and resources they need that are not among those declared
	 * elsewhere in the model (names as written).
	 */
	public static Result read(Path file, Set<String> declaredCohorts, Set<String> declaredResources) throws BpmnImportException {
		return new BpmnImport(file, declaredCohorts, declaredResources).read(file);
	}

	private Result read(Path path) throws BpmnImportException {
		BpmnModelInstance bpmn = BpmnFiles.read(path, file);
		Collection<Process> processes = bpmn.getModelElementsByType(Process.class);
		if (processes.isEmpty()) {
			throw error("no process: a BPMN file with a pathway has a <process> element");
		}
		for (Process process : processes) {
			new ProcessImport(this, process).read();
		}
		StringBuilder text = new StringBuilder("// Imported from ").append(path.getFileName()).append('\n');
		for (Map.Entry<String, String> resource : resources.entrySet()) {
			text.append("resource ").append(resource.getKey()).append(' ').append(resource.getValue()).append('\n');
		}
		text.append(cohorts).append(pathways);
		return new Result(text.toString(), warnings);
	}

	BpmnImportException error(String message) {
		return BpmnFiles.error(file, message);
	}

	void warn(String message) {
		warnings.add(file + ": warning: " + message);
	}

	CareNames pathwayNames() {
		return pathwayNames;
	}

	boolean isDeclared(String resource) {
		return declaredResources.contains(resource) || resources.containsKey(resource);
	}

	void declareResource(String name, String supply) {
		resources.put(name, supply);
	}

	/** Whether {@code cohort} is to be declared here (true once for each cohort the model lacks). */
	boolean declareCohort(String cohort) {
		return declaredCohorts.add(cohort);
	}

	StringBuilder cohortText() {
		return cohorts;
	}

	StringBuilder pathwayText() {
		return pathways;
	}
}
