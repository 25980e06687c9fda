package org.caretwin.lang.ide;

import java.util.List;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.AbstractContainer;


/**
 * A model sees the .care files of its own folder, in the editor as on the command line: the language server
 * indexes whole projects, and without this a name from another folder of the project would link (or clash).
 */
public class SameFolderContainers implements IContainer.Manager {

	@Override
	public IContainer getContainer(IResourceDescription description, IResourceDescriptions all) {
		return new Folder(description.getURI().trimSegments(1), all);
	}

	@Override
	public List<IContainer> getVisibleContainers(IResourceDescription description, IResourceDescriptions all) {
		return List.of(getContainer(description, all));
	}

	private static final class Folder extends AbstractContainer {
		private final URI folder;
		private final IResourceDescriptions all;

		Folder(URI folder, IResourceDescriptions all) {
			this.folder = folder;
			this.all = all;
		}

		@Override
		public Iterable<IResourceDescription> getResourceDescriptions() {
			return () -> StreamSupport.stream(all.getAllResourceDescriptions().spliterator(), false)
					.filter(d -> folder.equals(d.getURI().trimSegments(1))).iterator();
		}

		@Override
		public IResourceDescription getResourceDescription(URI uri) {
			return folder.equals(uri.trimSegments(1)) ? all.getResourceDescription(uri) : null;
		}
	}
}
