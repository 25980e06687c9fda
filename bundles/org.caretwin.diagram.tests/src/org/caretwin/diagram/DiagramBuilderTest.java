package org.caretwin.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.caretwin.diagram.DiagramNode.Kind;
import org.caretwin.lang.model.ResolvedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model → graph step: nodes, flows and lanes of every example, with the labels a clinician reads. */
class DiagramBuilderTest {

	private static final String LOIRE = "loire/arthroplasty.care";

	private static PathwayDiagram loire(LaneMode mode) {
		List<PathwayDiagram> diagrams = DiagramBuilder.of(Examples.model(LOIRE), mode);
		assertEquals(1, diagrams.size());
		return diagrams.get(0);
	}

	private static String label(PathwayDiagram d, String source, String target) {
		return d.edges().stream().filter(e -> e.source().equals(source) && e.target().equals(target)).findFirst()
				.orElseThrow(() -> new AssertionError("no flow " + source + " -> " + target + " in " + d.edges())).label();
	}

	private static Map<Kind, Long> kinds(PathwayDiagram d) {
		return d.nodes().stream().collect(Collectors.groupingBy(DiagramNode::kind, Collectors.counting()));
	}

	@Test
	void theLoirePathwayHasEveryStepDelayBranchPolicyAndEnd() {
		PathwayDiagram d = loire(LaneMode.PROFESSION);
		assertEquals(17, d.nodes().size(), d.nodes().toString());
		assertEquals(Map.of(Kind.START, 1L, Kind.TASK, 8L, Kind.TIMER, 4L, Kind.GATEWAY, 1L, Kind.BOUNDARY, 1L, Kind.LOST, 1L,
				Kind.END, 1L), kinds(d));
		assertEquals(16, d.edges().size(), d.edges().toString());
		assertEquals(List.of("GP", "Surgeon", "Anaesthetist", "Bed", "RehabBed", "Physiotherapist"),
				d.lanes().stream().map(Lane::label).toList());
		// stable ids: the resolved step ids, and suffixes for what a step brings
		assertEquals(List.of("HipKnee:start", "HipKnee.Referral", "HipKnee.Consultation:delay", "HipKnee.Consultation"),
				d.nodes().subList(0, 4).stream().map(DiagramNode::id).toList());
		assertEquals("HipKnee:end", d.nodes().get(d.nodes().size() - 1).id());
	}

	@Test
	void theLoireLabelsAreThoseOfTheModel() {
		PathwayDiagram d = loire(LaneMode.PROFESSION);
		DiagramNode start = d.node("HipKnee:start").orElseThrow();
		assertEquals("Arthroplasty", start.label());
		assertEquals(List.of("3,070 per year (Poisson)", "Hip 58% · Knee 42%"), start.details());
		DiagramNode surgery = d.node("HipKnee.Surgery").orElseThrow();
		assertEquals(List.of("Surgeon, Anaesthetist, OperatingRoom", "≈ 95 min (lognormal)"), surgery.details());
		assertEquals("arthroplasty.care:17", surgery.where());
		assertEquals("after 6 weeks", d.node("HipKnee.Surgery:delay").orElseThrow().label());
		assertEquals("after ≈ 3 weeks (exponential)", d.node("HipKnee.Consultation:delay").orElseThrow().label());
		assertEquals("×15 Hip, ×25 Knee every ≈ 2.5 days (uniform)", d.node("HipKnee.HomeRehab").orElseThrow().loop());
		assertEquals("Teleconsultation 25%", d.node("HipKnee.Anaesthesia").orElseThrow().remote());
		assertEquals("Teleconsultation 0%, preferred by Knee", d.node("HipKnee.FollowUp").orElseThrow().remote());
		assertEquals("lost: cancelled, no bed", d.node("HipKnee.Stay:lost").orElseThrow().label());
		assertEquals("HipKnee.Stay", d.node("HipKnee.Stay:unavailable").orElseThrow().host());
		assertEquals(List.of("HipKnee.Stay:lost"),
				d.edgesFrom("HipKnee.Stay:unavailable").stream().map(DiagramEdge::target).toList());
	}

	@Test
	void branchFlowsCarryTheirShareForEachProfile() {
		PathwayDiagram d = loire(LaneMode.PROFESSION);
		assertEquals("Hip 50% · Knee 40%", label(d, "HipKnee.Stay:branch", "HipKnee.InpatientRehab"));
		assertEquals("Hip 50% · Knee 60%", label(d, "HipKnee.Stay:branch", "HipKnee.HomeRehab"));
		assertEquals(null, label(d, "HipKnee.Stay", "HipKnee.Stay:branch"));
		// a decision is its own gateway; the same share for every profile is written once
		PathwayDiagram walkIn = DiagramBuilder.of(Examples.model("textbook/decisions/decisions.care"), LaneMode.PROFESSION)
				.get(0);
		assertEquals(Kind.DECISION, walkIn.node("WalkIn.Triage").orElseThrow().kind());
		assertEquals("30%", label(walkIn, "WalkIn.Triage", "WalkIn.SeeDoctor"));
		assertEquals("70%", label(walkIn, "WalkIn.Triage", "WalkIn.SeeNurse"));
	}

	@Test
	void aScenarioChangesSharesRepeatsAndRemoteAdoption() {
		ResolvedModel model = Examples.model(LOIRE);
		PathwayDiagram more = DiagramBuilder.of(model.inScenario("MoreHomeRehab"), LaneMode.PROFESSION).get(0);
		assertEquals("Hip 30% · Knee 20%", label(more, "HipKnee.Stay:branch", "HipKnee.InpatientRehab"));
		PathwayDiagram tele = DiagramBuilder.of(model.inScenario("Telemedicine"), LaneMode.SETTING).get(0);
		assertEquals("×12 Hip, ×20 Knee every ≈ 2.5 days (uniform)", tele.node("HipKnee.HomeRehab").orElseThrow().loop());
		DiagramNode followUp = tele.node("HipKnee.FollowUp").orElseThrow();
		assertEquals("Teleconsultation 70% if age < 85 years, preferred by Knee", followUp.remote());
		assertEquals("setting:remote", followUp.lane(), "most follow-ups are remote");
	}

	@Test
	void lanesSwitchBetweenProfessionAndSettingOnTheSameGraph() {
		PathwayDiagram byProfession = loire(LaneMode.PROFESSION);
		PathwayDiagram bySetting = loire(LaneMode.SETTING);
		assertEquals(byProfession.nodes().stream().map(DiagramNode::id).toList(),
				bySetting.nodes().stream().map(DiagramNode::id).toList());
		assertEquals(byProfession.edges(), bySetting.edges());
		assertEquals(List.of("Community (in every zone)", "Clinique mutualiste", "Centre de rééducation", "Home"),
				bySetting.lanes().stream().map(Lane::label).toList());
		assertEquals("resource:Physiotherapist", byProfession.node("HipKnee.HomeRehab").orElseThrow().lane());
		assertEquals("setting:home", bySetting.node("HipKnee.HomeRehab").orElseThrow().lane());
		assertEquals("site:Clinic", bySetting.node("HipKnee.Surgery").orElseThrow().lane(), "written 'at Clinic'");
		assertEquals("site:Clinic", bySetting.node("HipKnee.Stay").orElseThrow().lane(), "its bed is counted at the clinic");
		assertEquals("site:RehabCtr", bySetting.node("HipKnee.InpatientRehab").orElseThrow().lane());
		// events take the lane of their step, the start event that of the first step, the end that of the last
		assertEquals("setting:community", bySetting.node("HipKnee:start").orElseThrow().lane());
		assertEquals("resource:Surgeon", byProfession.node("HipKnee.Surgery:delay").orElseThrow().lane());
		assertEquals("resource:Surgeon", byProfession.node("HipKnee:end").orElseThrow().lane());
		assertNotEquals(byProfession.lanes(), bySetting.lanes());
	}

	@Test
	void redirectionsAndFlowsBackAreDrawn(@TempDir Path dir) throws Exception {
		PathwayDiagram d = DiagramBuilder.of(Examples.model(dir, Examples.CLINIC), LaneMode.SETTING).get(0);
		assertEquals("redirected", label(d, "Care.Visit:unavailable", "Care.Review:delay"));
		assertEquals("redirected", label(d, "Care.Done:unavailable", "Care.Review:delay"));
		assertEquals("waits at most 2 h", d.node("Care.Done:unavailable").orElseThrow().label());
		assertEquals("Old 10%", label(d, "Care.Visit:branch", "Care.Visit"));
		assertEquals("×4 every 2 days", d.node("Care.Dressing").orElseThrow().loop());
		assertEquals(List.of("setting:clinic", "setting:home", "setting:remote"), d.lanes().stream().map(Lane::id).toList());
		assertTrue(d.nodesOf(Kind.LOST).isEmpty(), "nobody is lost, they are redirected");
	}

	@Test
	void theSameModelGivesTheSameDiagram() {
		assertEquals(loire(LaneMode.SETTING), loire(LaneMode.SETTING));
	}

	/** Nodes, flows and profession lanes of each example, and that every flow joins two nodes of the diagram. */
	@Test
	void everyExampleHasTheExpectedGraph() {
		Map<String, List<int[]>> expected = Map.of(
				"loire/arthroplasty.care", List.of(new int[] { 17, 16, 6 }),
				"textbook/appointments/appointments.care", List.of(new int[] { 3, 2, 1 }),
				"textbook/decisions/decisions.care", List.of(new int[] { 6, 6, 3 }),
				"textbook/loss/loss.care", List.of(new int[] { 5, 3, 1 }),
				"textbook/mmc/mmc.care", List.of(new int[] { 3, 2, 1 }),
				"textbook/patience/patience.care", List.of(new int[] { 5, 3, 1 }),
				"textbook/priorities/priorities.care", List.of(new int[] { 3, 2, 1 }, new int[] { 3, 2, 1 }),
				"textbook/tables/tables.care", List.of(new int[] { 3, 2, 1 }),
				"forecast/forecast.care", List.of(new int[] { 5, 3, 1 }));
		expected.forEach((file, counts) -> {
			ResolvedModel model = Examples.model(file);
			List<PathwayDiagram> diagrams = DiagramBuilder.of(model, LaneMode.PROFESSION);
			assertEquals(counts.size(), diagrams.size(), file);
			for (int i = 0; i < diagrams.size(); i++) {
				PathwayDiagram d = diagrams.get(i);
				String where = file + " " + d.pathway();
				assertEquals(counts.get(i)[0], d.nodes().size(), where + " nodes " + d.nodes());
				assertEquals(counts.get(i)[1], d.edges().size(), where + " edges " + d.edges());
				assertEquals(counts.get(i)[2], d.lanes().size(), where + " lanes " + d.lanes());
				for (ResolvedModel.Step step : model.pathways().get(i).steps()) {
					assertTrue(d.node(step.id()).isPresent(), where + " lacks " + step.id());
				}
				for (DiagramEdge e : d.edges()) {
					assertTrue(d.node(e.source()).isPresent() && d.node(e.target()).isPresent(), where + " " + e);
				}
				for (DiagramNode n : d.nodes()) {
					assertTrue(d.lanes().stream().anyMatch(l -> l.id().equals(n.lane())), where + " " + n.id());
				}
			}
		});
	}

	@Test
	void patienceAndPrioritiesAreShown() {
		PathwayDiagram emergency = DiagramBuilder.of(Examples.model("textbook/patience/patience.care"), LaneMode.PROFESSION)
				.get(0);
		assertEquals("waits at most ≈ 2 h (exponential)",
				emergency.node("Emergency.Consultation:unavailable").orElseThrow().label());
		assertEquals("lost: left unseen", emergency.node("Emergency.Consultation:lost").orElseThrow().label());
		PathwayDiagram urgent = DiagramBuilder.of(Examples.model("textbook/priorities/priorities.care"), LaneMode.PROFESSION)
				.get(0);
		assertTrue(urgent.node("Emergency.UrgentVisit").orElseThrow().details().contains("queue priority 2"),
				urgent.node("Emergency.UrgentVisit").toString());
		// counted clerks without a site work in a clinic; unlimited bays are everywhere
		assertEquals(List.of(new Lane("setting:clinic", "Clinic")), DiagramBuilder
				.of(Examples.model("textbook/mmc/mmc.care"), LaneMode.SETTING).get(0).lanes());
		assertEquals("setting:community", DiagramBuilder.of(Examples.model("textbook/decisions/decisions.care"),
				LaneMode.SETTING).get(0).node("WalkIn.Observation").orElseThrow().lane());
	}
}
