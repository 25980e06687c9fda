package org.caretwin.diagram.glsp.operations;

import org.caretwin.diagram.layout.ManualLayout;
import org.eclipse.glsp.server.operations.LayoutOperation;

/** "Tidy up": every move is forgotten, and the layout is ELK's again. */
public class TidyUpHandler extends PathwayOperationHandler<LayoutOperation> {

	@Override
	protected String make(LayoutOperation operation) {
		return document().keepLayout(ManualLayout.NONE);
	}
}
