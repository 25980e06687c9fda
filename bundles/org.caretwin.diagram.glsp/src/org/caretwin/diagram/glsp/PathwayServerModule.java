package org.caretwin.diagram.glsp;

import org.eclipse.glsp.server.di.ServerModule;

/** A GLSP server of pathway diagrams whose sessions edit the texts of {@code documents}. */
public class PathwayServerModule extends ServerModule {

	private final PathwayDocuments documents;

	public PathwayServerModule(PathwayDocuments documents) {
		this.documents = documents;
		configureDiagramModule(new PathwayDiagramModule());
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(PathwayDocuments.class).toInstance(documents);
	}
}
