package org.caretwin.diagram.bpmn;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.caretwin.diagram.DiagramBuilder;
import org.caretwin.diagram.DiagramEdge;
import org.caretwin.diagram.DiagramNode;
import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.PathwayDiagram;
import org.caretwin.diagram.layout.DiagramLayout;
import org.caretwin.diagram.layout.LaidOutDiagram;
import org.caretwin.diagram.layout.LaidOutDiagram.Band;
import org.caretwin.diagram.layout.LaidOutDiagram.Placed;
import org.caretwin.diagram.layout.LaidOutDiagram.Point;
import org.caretwin.diagram.layout.LaidOutDiagram.Route;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModel.Branch;
import org.caretwin.lang.model.ResolvedModel.Cohort;
import org.caretwin.lang.model.ResolvedModel.Distribution;
import org.caretwin.lang.model.ResolvedModel.Lose;
import org.caretwin.lang.model.ResolvedModel.Pathway;
import org.caretwin.lang.model.ResolvedModel.PoissonArrivals;
import org.caretwin.lang.model.ResolvedModel.Step;
import org.caretwin.lang.model.ResolvedModel.Wait;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Condition;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.LoopCardinality;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * A model's pathways as one BPMN 2.0 file: a process per pathway with the lanes, nodes and flows of its diagram
 * ({@link DiagramBuilder}) and their shapes and waypoints from its layout. What BPMN has no field for is kept in the
 * {@value Care#NS} namespace as {@code .care} text ({@link CareText}), which is what {@link BpmnImport} reads back.
 */
public final class BpmnExport {

	private final ResolvedModel model;
	private final BpmnModelInstance bpmn = Bpmn.createEmptyModel();
	private final Definitions definitions;
	/** BPMN ids are XML names: diagram ids such as {@code HipKnee.Stay:branch} are made into such and kept unique. */
	private final Set<String> usedIds = new HashSet<>();

	private BpmnExport(ResolvedModel model) {
		this.model = model;
		definitions = create(Definitions.class);
		definitions.setId("definitions");
		definitions.setTargetNamespace("http://caretwin.org/bpmn/pathways");
		definitions.setExporter("CareTwin");
		definitions.getDomElement().registerNamespace(Care.PREFIX, Care.NS);
		bpmn.setDefinitions(definitions);
	}

	/** Every pathway of {@code model}, lanes by {@code mode}, as a BPMN model that {@link Bpmn#validateModel} accepts. */
	public static BpmnModelInstance of(ResolvedModel model, LaneMode mode) {
		BpmnExport export = new BpmnExport(model);
		for (PathwayDiagram diagram : DiagramBuilder.of(model, mode)) {
			export.process(DiagramLayout.of(diagram));
		}
		return export.bpmn;
	}

	/** The XML text of {@link #of}. */
	public static String xml(ResolvedModel model, LaneMode mode) {
		return Bpmn.convertToString(of(model, mode));
	}

	private void process(LaidOutDiagram laidOut) {
		PathwayDiagram diagram = laidOut.diagram();
		Pathway pathway = model.pathways().stream().filter(p -> p.name().equals(diagram.pathway())).findFirst().orElseThrow();
		Process process = create(Process.class);
		process.setId(id(pathway.name()));
		process.setName(pathway.name());
		set(process, Care.PATHWAY, pathway.name());
		process.setExecutable(false);
		definitions.addChildElement(process);
		resources(process, pathway);

		Map<String, FlowNode> nodes = new HashMap<>();
		for (DiagramNode node : diagram.nodes()) {
			if (node.kind() != DiagramNode.Kind.BOUNDARY) {
				nodes.put(node.id(), node(process, pathway, node));
			}
		}
		// boundary events after the activities they are attached to
		for (DiagramNode node : diagram.nodesOf(DiagramNode.Kind.BOUNDARY)) {
			nodes.put(node.id(), boundary(process, node, (Activity) nodes.get(node.host())));
		}
		Map<String, SequenceFlow> flows = new HashMap<>();
		for (DiagramEdge edge : diagram.edges()) {
			flows.put(edge.id(), flow(process, pathway, edge, nodes));
		}
		Map<String, Lane> lanes = lanes(process, laidOut, nodes);
		shapes(process, laidOut, lanes, nodes, flows);
	}

	/** The supply of each resource the pathway uses, so that an import into an empty folder can declare it. */
	private void resources(Process process, Pathway pathway) {
		Set<String> used = new LinkedHashSet<>();
		for (Step step : pathway.steps()) {
			used.addAll(step.resources());
			if (step.remote() != null) {
				used.addAll(step.remote().resources());
			}
		}
		if (used.isEmpty()) {
			return;
		}
		ExtensionElements extensions = create(ExtensionElements.class);
		process.setExtensionElements(extensions);
		for (String name : used) {
			model.resource(name).ifPresent(resource -> {
				ModelElementInstance element = extensions.addExtensionElement(Care.NS, Care.RESOURCE);
				element.setAttributeValue(Care.NAME, name);
				element.setAttributeValue(Care.SUPPLY, supply(resource));
			});
		}
	}

	private static String supply(ResolvedModel.Resource resource) {
		String supply = switch (resource.supply()) {
		case ResolvedModel.Count count -> "count " + count.units();
		case ResolvedModel.Density density -> "density " + CareText.number(density.units()) + " per " + density.perInhabitants();
		case ResolvedModel.Unlimited unlimited -> "unlimited";
		};
		return resource.share() == 1 ? supply : supply + " share " + CareText.percent(resource.share());
	}

	private FlowNode node(Process process, Pathway pathway, DiagramNode node) {
		Step step = model.step(stepId(node.id())).orElse(null);
		FlowNode element = switch (node.kind()) {
		case START -> start(pathway);
		case TASK -> task(step);
		case DECISION -> {
			ExclusiveGateway gateway = create(ExclusiveGateway.class);
			set(gateway, Care.STEP, step.name());
			set(gateway, Care.DECISION, "true");
			yield gateway;
		}
		case GATEWAY -> create(ExclusiveGateway.class);
		case TIMER -> timer(step);
		case END -> create(EndEvent.class);
		case LOST -> {
			EndEvent lost = create(EndEvent.class);
			lostReason(step).ifPresent(reason -> set(lost, Care.LOST, reason));
			yield lost;
		}
		case BOUNDARY -> throw new IllegalStateException(node.id());
		};
		element.setId(id(node.id()));
		if (node.label() != null) {
			element.setName(node.label());
		}
		process.addChildElement(element);
		return element;
	}

	private StartEvent start(Pathway pathway) {
		StartEvent start = create(StartEvent.class);
		set(start, Care.COHORT, pathway.cohort());
		model.cohort(pathway.cohort()).ifPresent(cohort -> cohort(start, cohort));
		return start;
	}

	private void cohort(StartEvent start, Cohort cohort) {
		if (!cohort.profiles().isEmpty()) {
			set(start, Care.PROFILES, String.join(", ",
					cohort.profiles().stream().map(p -> p.name() + " " + CareText.percent(p.share())).toList()));
		}
		if (!cohort.attributes().isEmpty()) {
			set(start, Care.ATTRIBUTES, String.join("; ",
					cohort.attributes().stream().map(a -> a.name() + " " + a.value().written()).toList()));
		}
		// only a plain rate is kept as text; other arrivals are declared by the model the pathway is imported into
		if (cohort.arrivals() instanceof PoissonArrivals poisson && poisson.monthlyFactors().isEmpty()) {
			set(start, Care.ARRIVALS, CareText.number(poisson.rate()) + " per " + poisson.unit()
					+ (poisson.territory() == null ? "" : " in " + poisson.territory()));
		}
	}

	private Task task(Step step) {
		// a step with resources is work people do; one without (a recovery) is a plain task
		Task task = step.resources().isEmpty() ? create(Task.class) : create(UserTask.class);
		set(task, Care.STEP, step.name());
		List<String> by = step.resources().stream().filter(r -> !step.seizes().contains(r)).toList();
		set(task, Care.BY, by.isEmpty() ? null : String.join(", ", by));
		set(task, Care.SEIZES, step.seizes().isEmpty() ? null : String.join(", ", step.seizes()));
		set(task, Care.RELEASES, step.releases().isEmpty() ? null : String.join(", ", step.releases()));
		set(task, Care.TAKES, CareText.laws(step.duration(), step.durationByProfile()));
		set(task, Care.AT, setting(step));
		set(task, Care.REPEAT, CareText.repeat(step));
		set(task, Care.WHEN_UNAVAILABLE, CareText.policy(model, step));
		set(task, Care.REMOTE, CareText.remote(model, step));
		if (step.remote() != null) {
			set(task, Care.REMOTE_ADOPTION, CareText.percent(step.remote().adoption()));
		}
		if (step.repeat() != null) {
			// camunda's model has no standardLoopCharacteristics; a fixed number of sessions one after the other is a
			// sequential multi-instance, its cardinality the count (the counts by profile are in care:repeat)
			MultiInstanceLoopCharacteristics loop = create(MultiInstanceLoopCharacteristics.class);
			loop.setSequential(true);
			if (step.repeat().countsByProfile().isEmpty()) {
				LoopCardinality cardinality = create(LoopCardinality.class);
				cardinality.setTextContent(Integer.toString(step.repeat().count()));
				loop.setLoopCardinality(cardinality);
			}
			task.setLoopCharacteristics(loop);
		}
		return task;
	}

	/** {@code home}, or the site qualified by its territory so that the imported file needs no import. */
	private String setting(Step step) {
		if (step.setting() == null || Step.AT_HOME.equals(step.setting())) {
			return step.setting();
		}
		String territory = model.territory().name();
		boolean declared = model.territory().position() != null;
		return declared ? territory + "." + step.setting() : step.setting();
	}

	private IntermediateCatchEvent timer(Step step) {
		IntermediateCatchEvent event = create(IntermediateCatchEvent.class);
		set(event, Care.AFTER, CareText.laws(step.delay(), step.delayByProfile()));
		event.getEventDefinitions().add(timerDefinition(step.delayByProfile().isEmpty() ? step.delay() : null));
		return event;
	}

	/** A timer whose duration is ISO 8601 where the law is a fixed time; other laws are in care:after only. */
	private TimerEventDefinition timerDefinition(Distribution law) {
		TimerEventDefinition timer = create(TimerEventDefinition.class);
		if (law != null && Distribution.FIXED.equals(law.law())) {
			TimeDuration duration = create(TimeDuration.class);
			duration.setTextContent(Duration.ofSeconds(Math.round(law.mean() * 3600)).toString());
			timer.setTimeDuration(duration);
		}
		return timer;
	}

	private static Optional<String> lostReason(Step step) {
		ResolvedModel.Policy policy = step.policy() instanceof Wait wait ? wait.afterPatience() : step.policy();
		return policy instanceof Lose lose ? Optional.of(lose.reason()) : Optional.empty();
	}

	/** Patience runs out (a timer) or a resource is unavailable on arrival (a condition). */
	private BoundaryEvent boundary(Process process, DiagramNode node, Activity host) {
		Step step = model.step(stepId(node.id())).orElseThrow();
		BoundaryEvent event = create(BoundaryEvent.class);
		event.setId(id(node.id()));
		event.setName(node.label());
		event.setAttachedTo(host);
		event.setCancelActivity(true);
		if (step.policy() instanceof Wait wait) {
			event.getEventDefinitions().add(timerDefinition(wait.patience()));
		} else {
			ConditionalEventDefinition unavailable = create(ConditionalEventDefinition.class);
			Condition condition = create(Condition.class);
			condition.setTextContent("a resource of " + step.name() + " is unavailable");
			unavailable.setCondition(condition);
			event.getEventDefinitions().add(unavailable);
		}
		process.addChildElement(event);
		return event;
	}

	private SequenceFlow flow(Process process, Pathway pathway, DiagramEdge edge, Map<String, FlowNode> nodes) {
		SequenceFlow flow = create(SequenceFlow.class);
		flow.setId(id(edge.source() + "_to_" + edge.target()));
		FlowNode source = nodes.get(edge.source());
		FlowNode target = nodes.get(edge.target());
		process.addChildElement(flow);
		flow.setSource(source);
		flow.setTarget(target);
		source.getOutgoing().add(flow);
		target.getIncoming().add(flow);
		if (edge.label() != null) {
			flow.setName(edge.label());
		}
		if (source instanceof ExclusiveGateway) {
			Step step = model.step(stepId(edge.source())).orElseThrow();
			if (step.route() instanceof Branch branch) {
				int i = branch.targets().indexOf(stepId(edge.target()));
				String shares = i < 0 ? null : CareText.shares(model, pathway.name(), branch, i);
				set(flow, Care.SHARES, shares);
				if (shares != null) {
					// what a BPMN reader sees of the choice; the shares themselves are in care:shares
					ConditionExpression condition = create(ConditionExpression.class);
					condition.setTextContent(shares);
					flow.setConditionExpression(condition);
				}
			}
		}
		return flow;
	}

	private Map<String, Lane> lanes(Process process, LaidOutDiagram laidOut, Map<String, FlowNode> nodes) {
		Map<String, Lane> lanes = new HashMap<>();
		LaneSet laneSet = create(LaneSet.class);
		laneSet.setId(id(process.getId() + "_lanes"));
		process.addChildElement(laneSet);
		for (Band band : laidOut.lanes()) {
			Lane lane = create(Lane.class);
			lane.setId(id("lane_" + band.lane().id()));
			lane.setName(band.lane().label());
			laneSet.getLanes().add(lane);
			lanes.put(band.lane().id(), lane);
			for (DiagramNode node : laidOut.diagram().nodes()) {
				if (node.lane().equals(band.lane().id())) {
					lane.getFlowNodeRefs().add(nodes.get(node.id()));
				}
			}
		}
		return lanes;
	}

	private void shapes(Process process, LaidOutDiagram laidOut, Map<String, Lane> lanes, Map<String, FlowNode> nodes,
			Map<String, SequenceFlow> flows) {
		BpmnDiagram diagram = create(BpmnDiagram.class);
		diagram.setId(id(process.getId() + "_diagram"));
		diagram.setName(process.getName());
		BpmnPlane plane = create(BpmnPlane.class);
		plane.setId(id(process.getId() + "_plane"));
		plane.setBpmnElement(process);
		diagram.setBpmnPlane(plane);
		definitions.addChildElement(diagram);
		for (Band band : laidOut.lanes()) {
			BpmnShape shape = shape(plane, lanes.get(band.lane().id()), 0, band.y(), laidOut.width(), band.height());
			shape.setHorizontal(true);
		}
		for (Placed placed : laidOut.nodes().values()) {
			shape(plane, nodes.get(placed.node().id()), placed.shapeX(), placed.shapeY(), placed.shapeWidth(),
					placed.shapeHeight());
		}
		for (Route route : laidOut.edges()) {
			BpmnEdge edge = create(BpmnEdge.class);
			SequenceFlow flow = flows.get(route.edge().id());
			edge.setId(flow.getId() + "_di");
			edge.setBpmnElement(flow);
			for (Point point : route.points()) {
				Waypoint waypoint = create(Waypoint.class);
				waypoint.setX(point.x());
				waypoint.setY(point.y());
				edge.getWaypoints().add(waypoint);
			}
			plane.getDiagramElements().add(edge);
		}
	}

	private BpmnShape shape(BpmnPlane plane, BaseElement element, double x, double y, double width, double height) {
		BpmnShape shape = create(BpmnShape.class);
		shape.setId(element.getId() + "_di");
		shape.setBpmnElement(element);
		Bounds bounds = create(Bounds.class);
		bounds.setX(x);
		bounds.setY(y);
		bounds.setWidth(width);
		bounds.setHeight(height);
		shape.setBounds(bounds);
		plane.getDiagramElements().add(shape);
		return shape;
	}

	/** The step a diagram node belongs to: its id without the suffix of a derived node. */
	private static String stepId(String nodeId) {
		int colon = nodeId.indexOf(':');
		return colon < 0 ? nodeId : nodeId.substring(0, colon);
	}

	private static void set(BaseElement element, String attribute, String value) {
		if (value != null) {
			element.setAttributeValueNs(Care.NS, attribute, value);
		}
	}

	/**
	 * A new element; camunda would give it a random id, which would make each export of the same model differ, so
	 * it is numbered (the ids of nodes and flows are then set from the diagram's).
	 */
	private <T extends ModelElementInstance> T create(Class<T> type) {
		T element = bpmn.newInstance(type);
		if (element instanceof BaseElement base) {
			String kind = type.getSimpleName();
			base.setId(id(Character.toLowerCase(kind.charAt(0)) + kind.substring(1)));
		}
		return element;
	}

	/** An XML name made of {@code text}, unique in the file. */
	private String id(String text) {
		String base = text.replace(":", "_").replace("->", "_to_").replaceAll("[^A-Za-z0-9_.-]", "_");
		if (base.isEmpty() || !Character.isLetter(base.charAt(0)) && base.charAt(0) != '_') {
			base = "_" + base;
		}
		String id = base;
		for (int n = 2; !usedIds.add(id); n++) {
			id = base + "_" + n;
		}
		return id;
	}
}
