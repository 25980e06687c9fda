package org.caretwin.diagram.glsp.operations;

import org.caretwin.diagram.layout.LaidOutDiagram;
import org.caretwin.diagram.layout.LaidOutDiagram.Placed;
import org.caretwin.diagram.layout.ManualLayout;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;

/**
 * A node dragged elsewhere goes to the cell of its lane it was dropped nearest to, kept in the layout sidecar: the
 * {@code .care} text never holds coordinates, and the next layout keeps the move.
 */
public class MoveNodeHandler extends PathwayOperationHandler<ChangeBoundsOperation> {

	@Override
	protected String make(ChangeBoundsOperation operation) {
		ManualLayout layout = ManualLayout.of(document().file());
		boolean moved = false;
		for (ElementAndBounds bounds : operation.getNewBounds()) {
			for (LaidOutDiagram pathway : state().pathways()) {
				Placed placed = pathway.nodes().get(bounds.getElementId());
				if (placed == null || bounds.getNewPosition() == null) {
					continue;
				}
				// the position is the shape's; cells are found by the centres of whole nodes (shape and label)
				double x = bounds.getNewPosition().getX() + placed.x() - placed.shapeX() + placed.width() / 2;
				double y = bounds.getNewPosition().getY() + placed.y() - placed.shapeY() + placed.height() / 2;
				ManualLayout.Cell cell = pathway.cellAt(bounds.getElementId(), x, y);
				if (cell != null && !cell.equals(pathway.cells().get(bounds.getElementId()))) {
					layout = layout.moved(bounds.getElementId(), cell);
					moved = true;
				}
			}
		}
		return moved ? document().keepLayout(layout) : null;
	}
}
