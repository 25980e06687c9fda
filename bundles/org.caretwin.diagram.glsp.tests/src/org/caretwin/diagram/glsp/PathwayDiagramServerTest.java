package org.caretwin.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.caretwin.diagram.DiagramBuilder;
import org.caretwin.diagram.DiagramIds;
import org.caretwin.diagram.LaneMode;
import org.caretwin.diagram.PathwayDiagram;
import org.caretwin.diagram.TextDiagram;
import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.workspace.CareWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The pathway diagram server as a GLSP client sees it, over the protocol's JSON-RPC: the Loire example's graph, and
 * each operation as the change of the text (or of the layout sidecar) it must be, undone byte for byte.
 */
class PathwayDiagramServerTest {

	private static final Path EXAMPLES = Path.of("../../dsl-examples").toAbsolutePath().normalize();

	@TempDir
	Path dir;

	private Path file;
	private String original;
	private GlspTestClient client;

	@BeforeEach
	void open() throws Exception {
		for (String name : List.of("arthroplasty.care", "resources.care", "territory.care")) {
			Files.copy(EXAMPLES.resolve("loire").resolve(name), dir.resolve(name));
		}
		file = dir.resolve("arthroplasty.care");
		original = Files.readString(file);
		client = new GlspTestClient(new PathwayDocuments()).start();
	}

	@AfterEach
	void close() {
		client.close();
	}

	@Test
	void graphHasEveryNodeAndFlowOfTheDiagramInItsLanes() throws Exception {
		for (LaneMode mode : LaneMode.values()) {
			JsonObject root = client.open(file, mode.keyword());
			Map<String, JsonObject> elements = elementsOf(root);
			PathwayDiagram diagram = DiagramBuilder.of(ResolvedModelBuilder.of(CareWorkspace.standalone().modelOf(file)), mode).get(0);
			for (var node : diagram.nodes()) {
				JsonObject element = elements.get(node.id());
				assertTrue(element != null, node.id() + " is in the graph (" + mode + ")");
				assertEquals(PathwayTypes.of(node.kind()), element.get("type").getAsString(), node.id());
				JsonObject name = elements.get(node.id() + ":name");
				assertEquals(node.label(), name == null ? null : name.get("text").getAsString(), node.id());
			}
			for (var edge : diagram.edges()) {
				JsonObject flow = elements.get(DiagramIds.flowId(edge));
				assertTrue(flow != null, edge.id() + " is in the graph");
				assertEquals(edge.source(), flow.get("sourceId").getAsString());
				assertEquals(edge.target(), flow.get("targetId").getAsString());
				if (edge.label() != null) {
					assertEquals(edge.label(), elements.get(DiagramIds.flowId(edge) + ":share").get("text").getAsString());
				}
			}
			long lanes = elements.values().stream().filter(e -> PathwayTypes.LANE.equals(e.get("type").getAsString())).count();
			assertEquals(diagram.lanes().size(), lanes, "lanes by " + mode);
		}
		JsonObject byProfession = elementsOf(client.open(file, "profession")).get("HipKnee.Surgery");
		assertTrue(byProfession.getAsJsonObject("args").get(PathwayGraphs.WHERE).getAsString().endsWith("arthroplasty.care:17"));
	}

	@Test
	void renameInPlaceChangesTheNameWhereverWrittenAndUndoRestoresTheText() throws Exception {
		client.open(file, null);
		client.send(operation("applyLabelEdit", Map.of("labelId", "HipKnee.Stay:name", "text", "HospitalStay")));
		JsonObject updated = client.action("updateModel").getAsJsonObject("newRoot");
		assertTrue(elementsOf(updated).containsKey("HipKnee.HospitalStay"));
		String renamed = Files.readString(file);
		assertEquals(original.replaceAll("\\bStay\\b", "HospitalStay"), renamed, "every Stay renamed, nothing else");
		assertTrue(renamed.contains("// HAS thresholds: 15 sessions after THA, 25 after TKA."), "comments kept");

		client.send(kind("glspUndo"));
		client.action("updateModel");
		assertEquals(original, Files.readString(file), "undo restores the text byte for byte");
		client.send(kind("glspRedo"));
		client.action("updateModel");
		assertEquals(renamed, Files.readString(file));
	}

	@Test
	void aTextChangedElsewhereIsDrawnAgainAsAnUpdate() throws Exception {
		client.open(file, null);
		Files.writeString(file, original.replaceAll("\\bFollowUp\\b", "Review"));
		client.send(kind(TextChangedAction.KIND));
		Map<String, JsonObject> elements = elementsOf(client.action("updateModel").getAsJsonObject("newRoot"));
		assertTrue(elements.containsKey("HipKnee.Review"), elements.keySet().toString());
		assertFalse(elements.containsKey("HipKnee.FollowUp"));
		assertEquals("", client.status("NONE").get("message").getAsString(), "no banner over a valid text");

		Files.writeString(file, original.replace("step Referral", "step Referral Referral"));
		client.send(kind(TextChangedAction.KIND));
		assertTrue(elementsOf(client.action("updateModel").getAsJsonObject("newRoot")).containsKey("HipKnee.Review"),
				"the last valid graph stays");
		// after the live validation, which clears the status line as it ends
		assertEquals(TextDiagram.TEXT_HAS_ERRORS, client.status("WARNING").get("message").getAsString());
	}

	@Test
	void aFlowDrawnBetweenStepsBecomesABranchAndIsRemovedAgain() throws Exception {
		client.open(file, null);
		client.send(operation("createEdge", Map.of("elementTypeId", PathwayTypes.FLOW, "sourceElementId", "HipKnee.Consultation",
				"targetElementId", "HipKnee.FollowUp", "args", Map.of("percent", "5"))));
		JsonObject root = client.action("updateModel").getAsJsonObject("newRoot");
		Map<String, JsonObject> elements = elementsOf(root);
		String branched = Files.readString(file);
		assertTrue(branched.contains("5% -> FollowUp, otherwise -> Anaesthesia"), branched);
		assertFalse(root.has("args") && root.getAsJsonObject("args").has(PathwayGraphs.PROBLEM), String.valueOf(root.get("args")));
		// from the new gateway of Consultation to the timer before FollowUp
		String flowId = elements.keySet().stream()
				.filter(id -> new DiagramIds.Flow("HipKnee.Consultation", "HipKnee.FollowUp").equals(DiagramIds.flowOf(id))).findFirst()
				.orElseThrow(() -> new AssertionError(elements.keySet()));
		assertEquals(original.lines().filter(l -> l.strip().startsWith("//")).toList(),
				branched.lines().filter(l -> l.strip().startsWith("//")).toList(), "every comment line kept");

		client.send(operation("deleteElement", Map.of("elementIds", List.of(flowId))));
		client.action("updateModel");
		String removed = Files.readString(file);
		assertFalse(removed.contains("branch {\n            5% -> FollowUp"), "the flow is gone, and the branch it made");
		assertTrue(removed.contains("after exponential(mean 3 weeks)\n        then Anaesthesia\n"), removed);
	}

	@Test
	void aMoveIsKeptInTheSidecarAndTidyUpForgetsIt() throws Exception {
		Map<String, JsonObject> before = elementsOf(client.open(file, null));
		JsonObject stay = before.get("HipKnee.Stay");
		int row = stay.getAsJsonObject("args").get(PathwayGraphs.ROW).getAsInt();
		JsonObject position = stay.getAsJsonObject("position");
		Map<String, Object> bounds = Map.of("elementId", "HipKnee.Stay", "newPosition",
				Map.of("x", position.get("x").getAsDouble(), "y", position.get("y").getAsDouble() + 400),
				"newSize", Map.of("width", 1, "height", 1));
		client.send(operation("changeBounds", Map.of("newBounds", List.of(bounds))));
		JsonObject moved = elementsOf(client.action("updateModel").getAsJsonObject("newRoot")).get("HipKnee.Stay");
		ManualLayout.Cell cell = ManualLayout.of(file).cells().get("HipKnee.Stay");
		assertTrue(cell.row() > row, "dropped well below: a new row under the last one of its lane");
		assertEquals(cell.row(), moved.getAsJsonObject("args").get(PathwayGraphs.ROW).getAsInt());
		assertEquals(original, Files.readString(file), "a move never touches the text");

		client.send(operation("layout", Map.of("elementIds", List.of())));
		client.action("updateModel");
		assertFalse(Files.exists(ManualLayout.sidecarOf(file)));
	}

	@Test
	void aStepFromThePaletteAndAClauseFromThePropertiesAreWrittenInTheText() throws Exception {
		client.open(file, null);
		client.send(operation("createNode", Map.of("elementTypeId", PathwayTypes.NEW_STEP,
				"args", Map.of("after", "HipKnee.Referral", "name", "Triage", "minutes", "10"))));
		Map<String, JsonObject> elements = elementsOf(client.action("updateModel").getAsJsonObject("newRoot"));
		assertTrue(elements.containsKey("HipKnee.Triage"));
		assertTrue(elements.containsKey("flow:HipKnee.Referral->HipKnee.Triage"), elements.keySet().toString());
		assertTrue(Files.readString(file).contains("step Triage by GP takes 10 min"), Files.readString(file));

		client.send(operation(org.caretwin.diagram.glsp.operations.SetClauseOperation.KIND,
				Map.of("stepId", "HipKnee.Referral", "clause", "DURATION", "text", "takes 25 min")));
		client.action("updateModel");
		assertTrue(Files.readString(file).contains("step Referral     by GP            takes 25 min"), Files.readString(file));
		client.send(kind("glspUndo"));
		client.action("updateModel");
		client.send(kind("glspUndo"));
		client.action("updateModel");
		assertEquals(original, Files.readString(file), "two undos, two edits taken back");
	}

	@Test
	void anOperationTheTextCannotTakeIsRefusedWithAWarning() throws Exception {
		client.open(file, null);
		client.send(operation("createEdge", Map.of("elementTypeId", PathwayTypes.FLOW, "sourceElementId", "HipKnee:start",
				"targetElementId", "HipKnee.Stay")));
		JsonObject message = client.action("message");
		assertEquals("WARNING", message.get("severity").getAsString());
		assertEquals("A flow goes from a step to another step", message.get("message").getAsString());
		assertEquals(original, Files.readString(file));
	}

	@Test
	void diagnosticsOfTheTextAreMarkersOnTheirStepsAndTheLastGraphStays() throws Exception {
		client.open(file, null);
		assertEquals(0, client.action("setMarkers").getAsJsonArray("markers").size(), "the example is valid");
		String broken = original.replace("step Stay         uses Bed ", "step Stay         uses Sofa ");
		Files.writeString(file, broken, StandardCharsets.UTF_8);
		JsonObject root = client.open(file, null);
		JsonArray markers = client.action("setMarkers").getAsJsonArray("markers");
		Set<String> marked = Stream.of(markers.asList().toArray(JsonElement[]::new))
				.map(m -> m.getAsJsonObject().get("elementId").getAsString()).collect(Collectors.toSet());
		assertEquals(Set.of("HipKnee.Stay"), marked);
		assertEquals("error", markers.get(0).getAsJsonObject().get("kind").getAsString());
		assertTrue(root.getAsJsonObject("args").get(PathwayGraphs.PROBLEM).getAsString().startsWith("The text has errors"));
	}

	private static JsonObject kind(String kind) {
		JsonObject action = new JsonObject();
		action.addProperty("kind", kind);
		return action;
	}

	private static JsonObject operation(String kind, Map<String, Object> fields) {
		JsonObject action = new com.google.gson.Gson().toJsonTree(fields).getAsJsonObject();
		action.addProperty("kind", kind);
		action.addProperty("isOperation", true);
		return action;
	}

	/** Every element of the graph by id, however deep. */
	private static Map<String, JsonObject> elementsOf(JsonObject root) {
		Map<String, JsonObject> elements = new HashMap<>();
		collect(root, elements);
		return elements;
	}

	private static void collect(JsonObject element, Map<String, JsonObject> into) {
		into.put(element.get("id").getAsString(), element);
		if (element.has("children")) {
			element.getAsJsonArray("children").forEach(child -> collect(child.getAsJsonObject(), into));
		}
	}

	static String read(Path path) throws IOException {
		return Files.readString(path);
	}
}
