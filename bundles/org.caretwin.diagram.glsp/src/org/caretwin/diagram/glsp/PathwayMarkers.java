package org.caretwin.diagram.glsp;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.diagram.marks.NodeMark;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;

import com.google.inject.Inject;

/**
 * The validation markers of a diagram: the diagnostics the language's validator gave the text, on the nodes of the
 * steps whose text they fall in, the same ones the text editor and the Problems view show. Nothing is validated
 * twice: the text was checked when its graph was made.
 */
public class PathwayMarkers implements ModelValidator {

	@Inject
	private PathwayModelState state;

	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		List<Marker> markers = new ArrayList<>();
		if (state.diagram() == null) {
			return markers;
		}
		for (NodeMark mark : state.diagram().marks()) {
			for (String message : mark.messages()) {
				markers.add(new Marker(mark.error() ? "Error" : "Warning", message, mark.id(),
						mark.error() ? MarkerKind.ERROR : MarkerKind.WARNING));
			}
		}
		return markers;
	}
}
