package org.caretwin.diagram.glsp;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

/** The palette: a step (inserted after the node it is dropped on), the end of the pathway there, a flow. */
public class PathwayPalette implements ToolPaletteItemProvider {

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		List<PaletteItem> nodes = List.of(
				new PaletteItem("step", "Step", new TriggerNodeCreationAction(PathwayTypes.NEW_STEP), "symbol-method", "A"),
				new PaletteItem("end", "End here", new TriggerNodeCreationAction(PathwayTypes.NEW_END), "circle-outline", "B"));
		List<PaletteItem> flows = List.of(
				new PaletteItem("flow", "Flow", new TriggerEdgeCreationAction(PathwayTypes.FLOW), "arrow-right", "A"));
		return List.of(PaletteItem.createPaletteGroup("nodes", "Pathway", nodes, "symbol-namespace", "A"),
				PaletteItem.createPaletteGroup("flows", "Flows", flows, "symbol-property", "B"));
	}
}
