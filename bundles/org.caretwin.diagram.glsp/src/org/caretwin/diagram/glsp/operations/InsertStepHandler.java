package org.caretwin.diagram.glsp.operations;

import java.util.List;
import java.util.Map;

import org.caretwin.diagram.DiagramIds;
import org.caretwin.diagram.glsp.PathwayGraphs;
import org.caretwin.diagram.glsp.PathwayTypes;
import org.caretwin.diagram.layout.LaidOutDiagram;
import org.caretwin.diagram.layout.LaidOutDiagram.Placed;
import org.caretwin.lang.ide.edit.PathwayEdit.EndAfter;
import org.caretwin.lang.ide.edit.PathwayEdit.InsertStep;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

/**
 * A step (or the pathway's end) created from the palette goes after a step: the {@code after} argument, else the
 * step whose node the location is nearest to. A new step is called by the {@code name} argument (else
 * {@code NewStep}) and takes {@code minutes} (else {@value #DEFAULT_MINUTES}), with the resources of the step before
 * it.
 */
public class InsertStepHandler extends PathwayOperationHandler<CreateNodeOperation>
		implements CreateOperationHandler<CreateNodeOperation> {

	public static final String AFTER = "after";
	public static final String NAME = "name";
	public static final String MINUTES = "minutes";
	static final double DEFAULT_MINUTES = 30;

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(PathwayTypes.NEW_STEP, PathwayTypes.NEW_END);
	}

	@Override
	public boolean handles(Operation operation) {
		return super.handles(operation) && CreateOperationHandler.super.handles(operation);
	}

	@Override
	protected String make(CreateNodeOperation operation) {
		Map<String, String> args = operation.getArgs() == null ? Map.of() : operation.getArgs();
		String after = args.containsKey(AFTER) ? DiagramIds.stepOf(args.get(AFTER))
				: operation.getLocation().map(this::stepNearest).orElse(null);
		if (after == null) {
			return "Drop the new element on the step it comes after";
		}
		if (PathwayTypes.NEW_END.equals(operation.getElementTypeId())) {
			return edit(new EndAfter(after));
		}
		try {
			double minutes = args.containsKey(MINUTES) ? Double.parseDouble(args.get(MINUTES).strip()) : DEFAULT_MINUTES;
			return edit(new InsertStep(after, args.getOrDefault(NAME, "NewStep").strip(), minutes));
		} catch (NumberFormatException e) {
			return "A step's duration is a number of minutes, not '" + args.get(MINUTES) + "'";
		}
	}

	/** The step whose node's centre is nearest to {@code location} (in the coordinates of the whole graph). */
	private String stepNearest(GPoint location) {
		String best = null;
		double distance = Double.MAX_VALUE;
		double top = 0;
		for (LaidOutDiagram pathway : state().pathways()) {
			for (Placed placed : pathway.nodes().values()) {
				String step = DiagramIds.stepOf(placed.node().id());
				double dx = placed.centreX() - location.getX();
				double dy = top + placed.anchorY() - location.getY();
				if (step != null && dx * dx + dy * dy < distance) {
					distance = dx * dx + dy * dy;
					best = step;
				}
			}
			top += pathway.height() + PathwayGraphs.GAP;
		}
		return best;
	}
}
