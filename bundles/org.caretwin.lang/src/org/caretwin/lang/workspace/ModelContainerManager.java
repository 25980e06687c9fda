package org.caretwin.lang.workspace;

import java.util.List;

import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.containers.StateBasedContainerManager;

/**
 * Xtext's containers (the resource set headless, the project in the language server) cut down to the model of the
 * file at hand, so that global scoping sees the same files everywhere.
 */
public class ModelContainerManager extends StateBasedContainerManager {

	@Override
	public IContainer getContainer(IResourceDescription desc, IResourceDescriptions resourceDescriptions) {
		return new ModelContainer(desc.getURI(), super.getContainer(desc, resourceDescriptions));
	}

	@Override
	public List<IContainer> getVisibleContainers(IResourceDescription desc, IResourceDescriptions resourceDescriptions) {
		return super.getVisibleContainers(desc, resourceDescriptions).stream()
				.<IContainer>map(container -> new ModelContainer(desc.getURI(), container)).toList();
	}
}
