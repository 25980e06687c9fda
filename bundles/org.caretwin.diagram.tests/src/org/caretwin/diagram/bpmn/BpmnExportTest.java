package org.caretwin.diagram.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.caretwin.diagram.Examples;
import org.caretwin.diagram.LaneMode;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/** The Loire pathway as BPMN: lanes, shapes and waypoints from the layout, CareTwin's numbers in its namespace. */
class BpmnExportTest {

	private static BpmnModelInstance loire(LaneMode mode) {
		String xml = BpmnExport.xml(Examples.model("loire/arthroplasty.care"), mode);
		assertTrue(xml.contains("xmlns:care=\"" + Care.NS + "\""), "the extension namespace is declared once, as care:");
		return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void theSameModelGivesTheSameBytes() {
		String first = BpmnExport.xml(Examples.model("loire/arthroplasty.care"), LaneMode.PROFESSION);
		assertEquals(first, BpmnExport.xml(Examples.model("loire/arthroplasty.care"), LaneMode.PROFESSION));
		assertTrue(first.contains("<timerEventDefinition id=\"timerEventDefinition\"/>"), "numbered ids, not random ones");
	}

	@Test
	void lanesAreTheDiagramsByProfessionAndBySetting() {
		assertEquals(List.of("GP", "Surgeon", "Anaesthetist", "Bed", "RehabBed", "Physiotherapist"), laneNames(loire(LaneMode.PROFESSION)));
		List<String> settings = laneNames(loire(LaneMode.SETTING));
		assertTrue(settings.contains("Home") && settings.contains("Community (in every zone)"), settings.toString());
	}

	private static List<String> laneNames(BpmnModelInstance bpmn) {
		return bpmn.getModelElementsByType(Lane.class).stream().map(Lane::getName).toList();
	}

	@Test
	void everyNodeAndLaneHasAShapeAndEveryFlowItsWaypoints() {
		BpmnModelInstance bpmn = loire(LaneMode.PROFESSION);
		Set<String> shaped = bpmn.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId())
				.collect(Collectors.toSet());
		for (FlowNode node : bpmn.getModelElementsByType(FlowNode.class)) {
			assertTrue(shaped.contains(node.getId()), node.getId());
		}
		for (Lane lane : bpmn.getModelElementsByType(Lane.class)) {
			assertTrue(shaped.contains(lane.getId()), lane.getId());
		}
		Collection<BpmnEdge> edges = bpmn.getModelElementsByType(BpmnEdge.class);
		assertEquals(bpmn.getModelElementsByType(SequenceFlow.class).size(), edges.size());
		edges.forEach(e -> assertTrue(e.getWaypoints().size() >= 2, e.getId()));
		BpmnShape surgery = bpmn.getModelElementsByType(BpmnShape.class).stream()
				.filter(s -> s.getBpmnElement().getId().equals("HipKnee.Surgery")).findFirst().orElseThrow();
		assertTrue(surgery.getBounds().getWidth() > 50 && surgery.getBounds().getX() > 0);
	}

	@Test
	void careNumbersAreInTheExtensionNamespace() {
		BpmnModelInstance bpmn = loire(LaneMode.PROFESSION);
		UserTask surgery = bpmn.getModelElementById("HipKnee.Surgery");
		assertEquals("Surgery", surgery.getName());
		assertEquals("Surgeon, Anaesthetist, OperatingRoom", care(surgery, Care.BY));
		assertEquals("lognormal(mean 95 min, sd 25 min)", care(surgery, Care.TAKES));
		assertEquals("Loire.Clinic", care(surgery, Care.AT));

		IntermediateCatchEvent delay = bpmn.getModelElementById("HipKnee.Surgery_delay");
		assertEquals("6 weeks", care(delay, Care.AFTER));
		TimerEventDefinition timer = (TimerEventDefinition) delay.getEventDefinitions().iterator().next();
		assertEquals("PT1008H", timer.getTimeDuration().getTextContent(), "6 weeks, exactly, in ISO 8601");
		IntermediateCatchEvent consultation = bpmn.getModelElementById("HipKnee.Consultation_delay");
		assertEquals("exponential(mean 3 weeks)", care(consultation, Care.AFTER));
		TimerEventDefinition drawn = (TimerEventDefinition) consultation.getEventDefinitions().iterator().next();
		assertEquals(null, drawn.getTimeDuration(), "a drawn delay has no exact ISO duration");

		UserTask anaesthesia = bpmn.getModelElementById("HipKnee.Anaesthesia");
		assertEquals("remote Teleconsultation takes 15 min for 25%", care(anaesthesia, Care.REMOTE));
		assertEquals("25%", care(anaesthesia, Care.REMOTE_ADOPTION));

		UserTask homeRehab = bpmn.getModelElementById("HipKnee.HomeRehab");
		assertEquals("Hip: 15 Knee: 25 every uniform(2 days, 3 days)", care(homeRehab, Care.REPEAT));
		assertTrue(((MultiInstanceLoopCharacteristics) homeRehab.getLoopCharacteristics()).isSequential());
		assertEquals("home", care(homeRehab, Care.AT));

		UserTask stay = bpmn.getModelElementById("HipKnee.Stay");
		assertEquals("lose \"cancelled, no bed\"", care(stay, Care.WHEN_UNAVAILABLE));
		BoundaryEvent unavailable = bpmn.getModelElementById("HipKnee.Stay_unavailable");
		assertEquals(stay, unavailable.getAttachedTo());

		ExclusiveGateway branch = bpmn.getModelElementById("HipKnee.Stay_branch");
		List<String> shares = branch.getOutgoing().stream().map(f -> care(f, Care.SHARES)).toList();
		assertEquals(List.of("Hip: 50%; Knee: 40%", "Hip: 50%; Knee: 60%"), shares);
		assertNotNull(branch.getOutgoing().iterator().next().getConditionExpression());

		StartEvent start = bpmn.getModelElementsByType(StartEvent.class).iterator().next();
		assertEquals("Arthroplasty", care(start, Care.COHORT));
		assertEquals("Hip 58%, Knee 42%", care(start, Care.PROFILES));
		assertEquals("3070 per year in Loire", care(start, Care.ARRIVALS));
		Process process = bpmn.getModelElementById("HipKnee");
		// GP, Surgeon, Anaesthetist, OperatingRoom, Bed, RehabBed, Physiotherapist, each with its supply
		assertEquals(List.of("density 82 per 100000 share 2%", "count 8"), process.getExtensionElements().getDomElement()
				.getChildElementsByNameNs(Care.NS, Care.RESOURCE).stream()
				.filter(r -> Set.of("Surgeon", "GP").contains(r.getAttribute(Care.NAME))).map(r -> r.getAttribute(Care.SUPPLY)).toList());
	}

	private static String care(org.camunda.bpm.model.bpmn.instance.BaseElement element, String attribute) {
		return element.getAttributeValueNs(Care.NS, attribute);
	}
}
