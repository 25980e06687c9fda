package org.caretwin.diagram.glsp;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;

/** Finds the text a client asks for ({@code sourceUri}); saving it is the editor's job, or already done on disk. */
public class PathwaySourceModelStorage implements SourceModelStorage {

	static final String SOURCE_URI = "sourceUri";

	@Inject
	private PathwayModelState state;

	@Inject
	private PathwayDocuments documents;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		String uri = action.getOptions() == null ? null : action.getOptions().get(SOURCE_URI);
		if (uri == null || uri.isBlank()) {
			throw new GLSPServerException("requestModel needs the option '" + SOURCE_URI + "': the .care file to draw");
		}
		state.setDocument(documents.of(uri));
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		// see the class comment
	}
}
