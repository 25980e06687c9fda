package org.caretwin.diagram.bpmn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
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
 * A BPMN 2.0 file as {@code .care} text: a pathway per process, a step per task, a branch per exclusive gateway, a
 * planned delay per timer before a task. What CareTwin exported comes back from its {@value Care#NS} attributes as
 * written; what another modeller wrote gets placeholders (a duration, equal shares, a resource per lane), each with a
 * warning, and the cohort and resources the pathways need are declared unless the folder already declares them.
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

	private static final String BPMN_MODEL_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

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
		BpmnModelInstance bpmn = parse(path);
		Collection<Process> processes = bpmn.getModelElementsByType(Process.class);
		if (processes.isEmpty()) {
			throw error("no process: a BPMN file with a pathway has a <process> element");
		}
		for (Process process : processes) {
			new ProcessReader(process).read();
		}
		StringBuilder text = new StringBuilder("// Imported from ").append(Path.of(file).getFileName()).append('\n');
		for (Map.Entry<String, String> resource : resources.entrySet()) {
			text.append("resource ").append(resource.getKey()).append(' ').append(resource.getValue()).append('\n');
		}
		text.append(cohorts).append(pathways);
		return new Result(text.toString(), warnings);
	}

	private BpmnModelInstance parse(Path path) throws BpmnImportException {
		checkXml(path);
		try (InputStream in = Files.newInputStream(path)) {
			return Bpmn.readModelFromStream(in);
		} catch (NoSuchFileException e) {
			throw error("no such file");
		} catch (IOException e) {
			throw error("cannot read: " + e.getMessage());
		} catch (RuntimeException e) {
			// camunda wraps the XML parser's error, which knows the line and column
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				if (cause instanceof org.xml.sax.SAXParseException sax) {
					throw new BpmnImportException(file + ":" + sax.getLineNumber() + ":" + sax.getColumnNumber()
							+ ": error: not a BPMN 2.0 file: " + oneLine(sax.getMessage()));
				}
			}
			throw error("not a BPMN 2.0 file: " + oneLine(e.getMessage()));
		}
	}

	/** Well-formed XML whose root is BPMN's definitions; camunda's own message for either says neither where nor what. */
	private void checkXml(Path path) throws BpmnImportException {
		if (!Files.isRegularFile(path)) {
			throw error("no such file");
		}
		try (InputStream in = Files.newInputStream(path)) {
			javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			// no DTD, no external entity: a BPMN file has none
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			org.w3c.dom.Element root = builder.parse(in).getDocumentElement();
			if (!BPMN_MODEL_NS.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
				throw error("not a BPMN 2.0 file: its root element is <" + root.getTagName() + ">, not <definitions xmlns=\""
						+ BPMN_MODEL_NS + "\">");
			}
		} catch (org.xml.sax.SAXParseException e) {
			throw new BpmnImportException(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
					+ ": error: not a BPMN 2.0 file: " + oneLine(e.getMessage()));
		} catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
			throw error("not a BPMN 2.0 file: " + oneLine(e.getMessage()));
		} catch (IOException e) {
			throw error("cannot read: " + oneLine(e.getMessage()));
		}
	}

	private static String oneLine(String message) {
		return message == null ? "unreadable" : message.replaceAll("\\s+", " ").trim();
	}

	private BpmnImportException error(String message) {
		return new BpmnImportException(file + ": error: " + message);
	}

	private void warn(String message) {
		warnings.add(file + ": warning: " + message);
	}

	private static String care(BaseElement element, String attribute) {
		String value = element.getAttributeValueNs(Care.NS, attribute);
		return value == null || value.isBlank() ? null : value;
	}

	private static String describe(BaseElement element) {
		String name = element.getAttributeValue("name");
		String kind = element.getElementType().getTypeName();
		return name == null || name.isBlank() ? kind + " " + element.getId() : kind + " '" + name + "' (id " + element.getId() + ")";
	}

	/** One process: its steps in the order written, the one the start event leads to first. */
	private final class ProcessReader {

		private final Process process;
		private final CareNames stepNames = new CareNames();
		private final Map<FlowNode, String> steps = new LinkedHashMap<>();
		private final Map<String, String> laneResources = new HashMap<>();
		private final Map<String, String> supplies = new HashMap<>();
		private final Map<FlowNode, List<SequenceFlow>> outgoing = new HashMap<>();
		private final Map<FlowNode, List<SequenceFlow>> incoming = new HashMap<>();

		ProcessReader(Process process) {
			this.process = process;
		}

		private List<SequenceFlow> out(FlowNode node) {
			return outgoing.getOrDefault(node, List.of());
		}

		private List<SequenceFlow> in(FlowNode node) {
			return incoming.getOrDefault(node, List.of());
		}

		void read() throws BpmnImportException {
			String written = care(process, Care.PATHWAY);
			String pathway = pathwayNames.unique(written != null ? written : process.getName(), process.getId(), written != null);
			List<StartEvent> starts = new ArrayList<>(process.getChildElementsByType(StartEvent.class));
			if (starts.isEmpty()) {
				throw error(describe(process) + " has no start event: a pathway starts where its patients arrive");
			}
			if (starts.size() > 1) {
				warn(describe(process) + " has " + starts.size() + " start events; only "
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
					throw error(describe(flow) + " has no sourceRef or targetRef");
				}
				outgoing.computeIfAbsent(flow.getSource(), n -> new ArrayList<>()).add(flow);
				incoming.computeIfAbsent(flow.getTarget(), n -> new ArrayList<>()).add(flow);
			}
			for (FlowNode node : nodes) {
				check(node);
			}
			for (FlowNode node : nodes) {
				if (isStep(node)) {
					String step = care(node, Care.STEP);
					steps.put(node, stepNames.unique(step != null ? step : node.getName(), node.getId(), step != null));
				}
			}
			if (out(start).isEmpty()) {
				throw error(describe(start) + " has no outgoing flow: nothing follows the arrival");
			}
			FlowNode first = stepAt(out(start).iterator().next().getTarget(), new LinkedHashSet<>());
			if (first == null) {
				throw error(describe(process) + " has no task: a pathway needs at least one step");
			}
			String cohort = cohort(start, pathway);
			StringBuilder text = new StringBuilder("\npathway ").append(pathway).append(" for ").append(cohort).append(" {\n");
			text.append(step(first));
			for (FlowNode node : steps.keySet()) {
				if (node != first) {
					text.append(step(node));
				}
			}
			pathways.append(text).append("}\n");
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
				throw error(describe(node) + ": sub-processes are not read; flatten it into the process");
			}
			if (node instanceof Gateway && !(node instanceof ExclusiveGateway)) {
				throw error(describe(node) + ": a patient follows one path in CareTwin; use an exclusive gateway");
			}
			if (node instanceof ExclusiveGateway && out(node).isEmpty()) {
				throw error(describe(node) + " has no outgoing flow: a gateway chooses among at least one");
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
				throw error(describe(node) + " is on a loop without a task: patients would never leave it");
			}
			if (steps.containsKey(node)) {
				return node;
			}
			if (node instanceof EndEvent) {
				return null;
			}
			if (node instanceof ExclusiveGateway gateway && taskBefore(gateway) != null && out(gateway).size() > 1) {
				// reached from elsewhere than its task: then it decides on its own, which only a decision can
				throw error(describe(node) + " is reached from more than one place; put a gateway of its own there");
			}
			if (node instanceof IntermediateCatchEvent || node instanceof IntermediateThrowEvent || node instanceof Gateway) {
				if (out(node).isEmpty()) {
					return null;
				}
				if (out(node).size() > 1) {
					throw error(describe(node) + " has " + out(node).size() + " outgoing flows; branch with an exclusive gateway");
				}
				return stepAt(out(node).iterator().next().getTarget(), seen);
			}
			throw error(describe(node) + " has no CareTwin equivalent; use a task, an exclusive gateway, a timer or an end event");
		}

		private String step(FlowNode node) throws BpmnImportException {
			String name = steps.get(node);
			StringBuilder text = new StringBuilder("    step ").append(name);
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
				takes = PLACEHOLDER_DURATION;
				warn(describe(task) + " has no duration: step " + name + " takes " + PLACEHOLDER_DURATION + ", a guess to replace");
			}
			append(text, "takes", takes);
			append(text, "at", care(task, Care.AT));
			append(text, "after", delay(task));
			append(text, "repeat", care(task, Care.REPEAT));
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
					warn(describe(event) + " on " + describe(task) + " is not read; write 'when unavailable ...' on step "
							+ steps.get(task) + " if it means a policy");
				}
			}
		}

		/** The resource of a foreign task: the lane it is in, which is usually a role. */
		private java.util.Optional<String> laneResource(Activity task) {
			for (Lane lane : process.getModelInstance().getModelElementsByType(Lane.class)) {
				if (lane.getFlowNodeRefs().contains(task)) {
					String resource = laneResources.computeIfAbsent(lane.getId(), id -> {
						String name = CareNames.of(lane.getName() != null ? lane.getName() : lane.getId());
						warn(describe(lane) + " is taken as the resource " + name + " of its tasks");
						return name;
					});
					return resource.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(resource);
				}
			}
			return java.util.Optional.empty();
		}

		private void need(List<String> names) {
			for (String name : names) {
				if (declaredResources.contains(name) || resources.containsKey(name)) {
					continue;
				}
				String supply = supplies.get(name);
				if (supply == null) {
					supply = "count 1";
					warn("resource " + name + " is declared by no file of the model: declared 'count 1', a guess to replace");
				}
				resources.put(name, supply);
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
					String text = iso == null ? null : isoToCare(iso);
					if (text == null) {
						warn(describe(timer) + " has no duration that reads as ISO 8601 ('PT2H', 'P3D'); step "
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
					throw error(describe(flow) + " from " + where + " leads to an end: a branch leads to steps; add a step before the end");
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
				warn(where + " has no shares (care:shares): its " + targets.size()
						+ " ways get equal shares, a guess to replace");
				flows.stream().filter(f -> f.getConditionExpression() != null).forEach(f -> warn(describe(f) + ": condition '"
						+ oneLine(f.getConditionExpression().getTextContent()) + "' is not read; write it as a 'where' case"));
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
			if (declaredCohorts.add(cohort)) {
				String arrivals = care(start, Care.ARRIVALS);
				if (arrivals == null) {
					arrivals = PLACEHOLDER_ARRIVALS;
					warn("cohort " + cohort + " is declared by no file of the model: declared with 'arrivals "
							+ PLACEHOLDER_ARRIVALS + "', a guess to replace");
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
	}

	private static List<String> list(String text) {
		return text == null ? List.of() : List.of(text.split("\\s*,\\s*"));
	}

	/** {@code PT2H} as {@code 2 h}, {@code P3D} as {@code 3 days}, {@code P6W} as {@code 42 days}; null when unreadable. */
	static String isoToCare(String iso) {
		try {
			long minutes = Duration.parse(iso).toMinutes();
			if (minutes <= 0) {
				return null;
			}
			return minutes % (24 * 60) == 0 ? minutes / (24 * 60) + " days" : minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
		} catch (DateTimeParseException e) {
			try {
				Period period = Period.parse(iso);
				if (period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0) {
					return period.getYears() + " years";
				}
				if (period.getMonths() > 0 && period.getYears() == 0 && period.getDays() == 0) {
					return period.getMonths() + " months";
				}
				if (period.getDays() > 0 && period.getYears() == 0 && period.getMonths() == 0) {
					return period.getDays() + " days";
				}
				return null;
			} catch (DateTimeParseException notPeriod) {
				return null;
			}
		}
	}
}
