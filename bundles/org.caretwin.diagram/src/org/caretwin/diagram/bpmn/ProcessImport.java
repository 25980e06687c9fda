package org.caretwin.diagram.bpmn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * One process of a BPMN file as a pathway: a step per task (and per gateway that decides on its own) in the order
 * written, the one the start event leads to first; routes from the sequence flows. What has no CareTwin meaning is
 * refused in one line or said in a warning, never dropped silently.
 */
final class ProcessImport {

	private final BpmnImport owner;
	private final Process process;
	private final CareNames stepNames = new CareNames();
	private final Map<FlowNode, String> steps = new LinkedHashMap<>();
	private final Map<String, String> laneResources = new HashMap<>();
	private final Map<String, String> supplies = new HashMap<>();
	private final Map<FlowNode, List<SequenceFlow>> outgoing = new HashMap<>();
	private final Map<FlowNode, List<SequenceFlow>> incoming = new HashMap<>();
	/** Events without meaning here, warned about once. */
	private final Set<FlowNode> passed = new LinkedHashSet<>();

	ProcessImport(BpmnImport owner, Process process) {
		this.owner = owner;
		this.process = process;
	}

	/** What a process holds besides its flow nodes that is read: flows, lanes, CareTwin's extension elements. */
	private static final Set<String> READ = Set.of("sequenceFlow", "laneSet", "extensionElements", "documentation");

	/** An element's documentation as comments above its pathway or step, which the editor shows as its hover. */
	private static String comments(BaseElement element, String indent) {
		StringBuilder text = new StringBuilder();
		for (Documentation documentation : element.getDocumentations()) {
			for (String line : documentation.getTextContent().strip().split("\\R")) {
				if (!line.isBlank()) {
					text.append(indent).append("// ").append(line.strip()).append('\n');
				}
			}
		}
		return text.toString();
	}

	private List<SequenceFlow> out(FlowNode node) {
		return outgoing.getOrDefault(node, List.of());
	}

	private List<SequenceFlow> in(FlowNode node) {
		return incoming.getOrDefault(node, List.of());
	}

	void read() throws BpmnImportException {
		String written = care(process, Care.PATHWAY);
		String pathway = owner.pathwayNames().unique(written != null ? written : process.getName(), process.getId(), written != null);
		List<StartEvent> starts = new ArrayList<>(process.getChildElementsByType(StartEvent.class));
		if (starts.isEmpty()) {
			throw owner.error(describe(process) + " has no start event: a pathway starts where its patients arrive");
		}
		if (starts.size() > 1) {
			owner.warn(describe(process) + " has " + starts.size() + " start events; only "
					+ describe(starts.get(0)) + " was read (a pathway has one cohort)");
		}
		StartEvent start = starts.get(0);
		readSupplies();
		// in the order written (camunda groups children by type), flows by their sourceRef and targetRef (other
		// modellers often leave out <incoming> and <outgoing>)
		List<FlowNode> nodes = new ArrayList<>();
		for (DomElement child : process.getDomElement().getChildElements()) {
			if (process.getModelInstance().getModelElementById(child.getAttribute("id")) instanceof FlowNode node) {
				nodes.add(node);
				outgoing.put(node, new ArrayList<>());
				incoming.put(node, new ArrayList<>());
			}
		}
		for (SequenceFlow flow : process.getChildElementsByType(SequenceFlow.class)) {
			if (flow.getSource() == null || flow.getTarget() == null) {
				throw owner.error(describe(flow) + " has no sourceRef or targetRef");
			}
			outgoing.computeIfAbsent(flow.getSource(), n -> new ArrayList<>()).add(flow);
			incoming.computeIfAbsent(flow.getTarget(), n -> new ArrayList<>()).add(flow);
		}
		for (FlowNode node : nodes) {
			check(node);
		}
		unread();
		for (FlowNode node : nodes) {
			if (isStep(node)) {
				String step = care(node, Care.STEP);
				steps.put(node, stepNames.unique(step != null ? step : node.getName(), node.getId(), step != null));
			}
		}
		if (out(start).isEmpty()) {
			throw owner.error(describe(start) + " has no outgoing flow: nothing follows the arrival");
		}
		FlowNode first = stepAt(out(start).iterator().next().getTarget(), new LinkedHashSet<>());
		if (first == null) {
			throw owner.error(describe(process) + " has no task: a pathway needs at least one step");
		}
		String cohort = cohort(start, pathway);
		StringBuilder text = new StringBuilder("\n").append(comments(process, "")).append("pathway ").append(pathway)
				.append(" for ").append(cohort).append(" {\n");
		text.append(step(first));
		for (FlowNode node : steps.keySet()) {
			if (node != first) {
				text.append(step(node));
			}
		}
		owner.pathwayText().append(text).append("}\n");
	}

	private void readSupplies() {
		if (process.getExtensionElements() == null) {
			return;
		}
		for (DomElement element : process.getExtensionElements().getDomElement().getChildElementsByNameNs(Care.NS,
				Care.RESOURCE)) {
			supplies.put(element.getAttribute(Care.NAME), element.getAttribute(Care.SUPPLY));
		}
	}

	/** Refuses what has no meaning in a pathway, before anything is written. */
	private void check(FlowNode node) throws BpmnImportException {
		if (node instanceof SubProcess) {
			throw owner.error(describe(node) + ": sub-processes are not read; flatten it into the process");
		}
		if (node instanceof Gateway && !(node instanceof ExclusiveGateway)) {
			throw owner.error(describe(node) + ": a patient follows one path in CareTwin; use an exclusive gateway");
		}
		if (node instanceof ExclusiveGateway && out(node).isEmpty()) {
			throw owner.error(describe(node) + " has no outgoing flow: a gateway chooses among at least one");
		}
	}

	private boolean isStep(FlowNode node) {
		return node instanceof Activity || node instanceof ExclusiveGateway gateway && isDecision(gateway);
	}

	/**
	 * A gateway is a step's {@code then branch} when it alone follows one task, a pass when it has one way out,
	 * else a decision of its own ({@code step G decides branch}).
	 */
	private boolean isDecision(ExclusiveGateway gateway) {
		if ("true".equals(care(gateway, Care.DECISION))) {
			return true;
		}
		return out(gateway).size() > 1 && taskBefore(gateway) == null;
	}

	private Activity taskBefore(ExclusiveGateway gateway) {
		if (in(gateway).size() != 1) {
			return null;
		}
		FlowNode source = in(gateway).iterator().next().getSource();
		return source instanceof Activity activity && out(activity).size() == 1 ? activity : null;
	}

	/** The step a flow arriving at {@code node} reaches (through timers and passing gateways); null at an end. */
	private FlowNode stepAt(FlowNode node, Set<FlowNode> seen) throws BpmnImportException {
		if (!seen.add(node)) {
			throw owner.error(describe(node) + " is on a loop without a task: patients would never leave it");
		}
		if (steps.containsKey(node)) {
			return node;
		}
		if (node instanceof EndEvent) {
			return null;
		}
		if (node instanceof ExclusiveGateway gateway && taskBefore(gateway) != null && out(gateway).size() > 1) {
			// reached from elsewhere than its task: then it decides on its own, which only a decision can
			throw owner.error(describe(node) + " is reached from more than one place; put a gateway of its own there");
		}
		if (node instanceof IntermediateCatchEvent || node instanceof IntermediateThrowEvent || node instanceof Gateway) {
			boolean timer = node instanceof IntermediateCatchEvent event
					&& event.getEventDefinitions().stream().anyMatch(d -> d instanceof TimerEventDefinition);
			if (node instanceof Event && !timer && passed.add(node)) {
				owner.warn(describe(node) + " is passed through: only timers mean something (a planned delay)");
			}
			if (out(node).isEmpty()) {
				return null;
			}
			if (out(node).size() > 1) {
				throw owner.error(describe(node) + " has " + out(node).size() + " outgoing flows; branch with an exclusive gateway");
			}
			return stepAt(out(node).iterator().next().getTarget(), seen);
		}
		throw owner.error(describe(node) + " has no CareTwin equivalent; use a task, an exclusive gateway, a timer or an end event");
	}

	/** Children of the process that are neither nodes, flows nor lanes: annotations, data objects, associations. */
	private void unread() {
		for (DomElement child : process.getDomElement().getChildElements()) {
			String kind = child.getLocalName();
			String id = child.getAttribute("id");
			if (!READ.contains(kind) && (id == null || !(process.getModelInstance().getModelElementById(id) instanceof FlowNode))) {
				String name = child.getAttribute("name");
				owner.warn(kind + (name == null ? "" : " '" + name + "'") + (id == null ? "" : " (id " + id + ")")
						+ " is not read: a pathway has no place for it");
			}
		}
	}

	private String step(FlowNode node) throws BpmnImportException {
		String name = steps.get(node);
		StringBuilder text = new StringBuilder(comments(node, "    ")).append("    step ").append(name);
		if (node instanceof ExclusiveGateway gateway) {
			return text.append(" decides ").append(branch(out(gateway), describe(gateway))).append('\n').toString();
		}
		Activity task = (Activity) node;
		List<String> by = new ArrayList<>(list(care(task, Care.BY)));
		if (care(task, Care.STEP) == null && by.isEmpty()) {
			laneResource(task).ifPresent(by::add);
		}
		append(text, "by", by.isEmpty() ? null : String.join(", ", by));
		append(text, "seizes", care(task, Care.SEIZES));
		append(text, "releases", care(task, Care.RELEASES));
		String takes = care(task, Care.TAKES);
		if (takes == null) {
			takes = BpmnImport.PLACEHOLDER_DURATION;
			owner.warn(describe(task) + " has no duration: step " + name + " takes " + BpmnImport.PLACEHOLDER_DURATION + ", a guess to replace");
		}
		append(text, "takes", takes);
		append(text, "at", care(task, Care.AT));
		append(text, "after", delay(task));
		append(text, "repeat", care(task, Care.REPEAT));
		if (care(task, Care.REPEAT) == null && task.getLoopCharacteristics() != null) {
			owner.warn(describe(task) + " has a loop marker, not read: write 'repeat N every INTERVAL' on step " + name);
		}
		String policy = care(task, Care.WHEN_UNAVAILABLE);
		if (policy != null) {
			text.append(" when unavailable ").append(policy);
		}
		need(by);
		need(list(care(task, Care.SEIZES)));
		boundaries(task);
		String remote = care(task, Care.REMOTE);
		if (remote != null) {
			text.append("\n        ").append(remote);
			supplies.keySet().stream().filter(r -> remote.matches(".*\\bby\\b.*\\b" + r + "\\b.*")).forEach(r -> need(List.of(r)));
		}
		return text.append("\n        ").append(route(task)).append('\n').toString();
	}

	private void append(StringBuilder text, String keyword, String value) {
		if (value != null) {
			text.append(' ').append(keyword).append(' ').append(value);
		}
	}

	/** Boundary events of another modeller have no CareTwin meaning yet: said, not dropped silently. */
	private void boundaries(Activity task) {
		if (care(task, Care.STEP) != null) {
			return; // CareTwin's own: their meaning is in care:whenUnavailable
		}
		for (BoundaryEvent event : process.getChildElementsByType(BoundaryEvent.class)) {
			if (event.getAttachedTo() == task) {
				owner.warn(describe(event) + " on " + describe(task) + " is not read; write 'when unavailable ...' on step "
						+ steps.get(task) + " if it means a policy");
			}
		}
	}

	/** The resource of a foreign task: the lane it is in, which is usually a role. */
	private Optional<String> laneResource(Activity task) {
		for (Lane lane : process.getModelInstance().getModelElementsByType(Lane.class)) {
			if (lane.getFlowNodeRefs().contains(task)) {
				String resource = laneResources.computeIfAbsent(lane.getId(), id -> {
					String name = CareNames.of(lane.getName() != null ? lane.getName() : lane.getId());
					owner.warn(describe(lane) + " is taken as the resource " + name + " of its tasks");
					return name;
				});
				return resource.isEmpty() ? Optional.empty() : Optional.of(resource);
			}
		}
		return Optional.empty();
	}

	private void need(List<String> names) {
		for (String name : names) {
			if (owner.isDeclared(name)) {
				continue;
			}
			String supply = supplies.get(name);
			if (supply == null) {
				supply = "count 1";
				owner.warn("resource " + name + " is declared by no file of the model: declared 'count 1', a guess to replace");
			}
			owner.declareResource(name, supply);
		}
	}

	/** The planned delay of a task: the timer its flows pass through, as written or from its ISO 8601 duration. */
	private String delay(Activity task) {
		for (SequenceFlow in : in(task)) {
			if (in.getSource() instanceof IntermediateCatchEvent timer
					&& timer.getEventDefinitions().stream().anyMatch(d -> d instanceof TimerEventDefinition)) {
				String after = care(timer, Care.AFTER);
				if (after != null) {
					return after;
				}
				TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().stream()
						.filter(d -> d instanceof TimerEventDefinition).findFirst().orElseThrow();
				String iso = definition.getTimeDuration() == null ? null : definition.getTimeDuration().getTextContent().trim();
				String text = iso == null ? null : IsoDurations.toCare(iso);
				if (text == null) {
					owner.warn(describe(timer) + " has no duration that reads as ISO 8601 ('PT2H', 'P3D'); step "
							+ steps.get(task) + " has no planned delay");
				}
				return text;
			}
		}
		return null;
	}

	private String route(Activity task) throws BpmnImportException {
		Collection<SequenceFlow> out = out(task);
		if (out.isEmpty()) {
			return "end";
		}
		if (out.size() > 1) {
			return "then " + branch(out, describe(task));
		}
		FlowNode next = out.iterator().next().getTarget();
		if (next instanceof ExclusiveGateway gateway && !steps.containsKey(gateway) && out(gateway).size() > 1) {
			return "then " + branch(out(gateway), describe(gateway));
		}
		FlowNode target = stepAt(next, new LinkedHashSet<>());
		return target == null ? "end" : "then " + steps.get(target);
	}

	/** {@code branch { Hip: 50% -> A, 50% -> B ... }} from care:shares, else equal shares with a warning. */
	private String branch(Collection<SequenceFlow> flows, String where) throws BpmnImportException {
		List<String> targets = new ArrayList<>();
		for (SequenceFlow flow : flows) {
			FlowNode target = stepAt(flow.getTarget(), new LinkedHashSet<>());
			if (target == null) {
				throw owner.error(describe(flow) + " from " + where + " leads to an end: a branch leads to steps; add a step before the end");
			}
			targets.add(steps.get(target));
		}
		boolean annotated = flows.stream().allMatch(f -> care(f, Care.SHARES) != null);
		Map<String, List<String>> cases = new LinkedHashMap<>();
		if (annotated) {
			int i = 0;
			for (SequenceFlow flow : flows) {
				for (String part : care(flow, Care.SHARES).split(";")) {
					int colon = part.lastIndexOf(':');
					String key = colon < 0 ? "" : part.substring(0, colon).trim();
					cases.computeIfAbsent(key, k -> new ArrayList<>()).add(part.substring(colon + 1).trim() + " -> " + targets.get(i));
				}
				i++;
			}
		} else {
			List<String> equal = new ArrayList<>();
			String share = CareText.percent(Math.floor(10000.0 / targets.size()) / 10000);
			for (int i = 0; i < targets.size(); i++) {
				equal.add((i == targets.size() - 1 ? "otherwise" : share) + " -> " + targets.get(i));
			}
			cases.put("", equal);
			owner.warn(where + " has no shares (care:shares): its " + targets.size()
					+ " ways get equal shares, a guess to replace");
			flows.stream().filter(f -> f.getConditionExpression() != null).forEach(f -> owner.warn(describe(f) + ": condition '"
					+ BpmnFiles.oneLine(f.getConditionExpression().getTextContent()) + "' is not read; write it as a 'where' case"));
		}
		StringBuilder text = new StringBuilder("branch {");
		for (Map.Entry<String, List<String>> c : cases.entrySet()) {
			text.append("\n            ").append(c.getKey().isEmpty() ? "" : c.getKey() + ": ").append(String.join(", ", c.getValue()));
		}
		return text.append("\n        }").toString();
	}

	private String cohort(StartEvent start, String pathway) {
		String cohort = care(start, Care.COHORT);
		if (cohort == null) {
			cohort = CareNames.of(start.getName());
			if (cohort.isEmpty()) {
				cohort = pathway + "Patients";
			}
		}
		if (owner.declareCohort(cohort)) {
			StringBuilder cohorts = owner.cohortText();
			String arrivals = care(start, Care.ARRIVALS);
			if (arrivals == null) {
				arrivals = BpmnImport.PLACEHOLDER_ARRIVALS;
				owner.warn("cohort " + cohort + " is declared by no file of the model: declared with 'arrivals "
						+ BpmnImport.PLACEHOLDER_ARRIVALS + "', a guess to replace");
			}
			cohorts.append("\ncohort ").append(cohort).append(" {\n    arrivals ").append(arrivals).append('\n');
			for (String profile : list(care(start, Care.PROFILES))) {
				cohorts.append("    profile ").append(profile).append('\n');
			}
			String attributes = care(start, Care.ATTRIBUTES);
			if (attributes != null) {
				for (String attribute : attributes.split(";")) {
					cohorts.append("    attribute ").append(attribute.trim()).append('\n');
				}
			}
			cohorts.append("}\n");
		}
		return cohort;
	}

	private static String care(BaseElement element, String attribute) {
		String value = element.getAttributeValueNs(Care.NS, attribute);
		return value == null || value.isBlank() ? null : value;
	}

	static String describe(BaseElement element) {
		String name = element.getAttributeValue("name");
		String kind = element.getElementType().getTypeName();
		return name == null || name.isBlank() ? kind + " " + element.getId() : kind + " '" + name + "' (id " + element.getId() + ")";
	}

	private static List<String> list(String text) {
		return text == null ? List.of() : List.of(text.split("\\s*,\\s*"));
	}
}
