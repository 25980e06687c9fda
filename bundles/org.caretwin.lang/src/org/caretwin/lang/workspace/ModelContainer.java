package org.caretwin.lang.workspace;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;

import com.google.common.collect.Iterables;

/** The part of a container (a resource set, a language-server project) that belongs to one model. */
final class ModelContainer implements IContainer {

	private final URI member;
	private final IContainer all;

	/** The files of {@code all} in the model of {@code member}. */
	ModelContainer(URI member, IContainer all) {
		this.member = member;
		this.all = all;
	}

	private boolean inModel(URI uri) {
		return ModelFolder.sameModel(member, uri);
	}

	private Iterable<IEObjectDescription> inModel(Iterable<IEObjectDescription> objects) {
		return Iterables.filter(objects, o -> inModel(o.getEObjectURI()));
	}

	@Override
	public Iterable<IResourceDescription> getResourceDescriptions() {
		return Iterables.filter(all.getResourceDescriptions(), d -> inModel(d.getURI()));
	}

	@Override
	public int getResourceDescriptionCount() {
		return Iterables.size(getResourceDescriptions());
	}

	@Override
	public boolean hasResourceDescription(URI uri) {
		return inModel(uri) && all.hasResourceDescription(uri);
	}

	@Override
	public IResourceDescription getResourceDescription(URI uri) {
		return inModel(uri) ? all.getResourceDescription(uri) : null;
	}

	@Override
	public boolean isEmpty() {
		return Iterables.isEmpty(getResourceDescriptions());
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects() {
		return inModel(all.getExportedObjects());
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		return inModel(all.getExportedObjects(type, name, ignoreCase));
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
		return inModel(all.getExportedObjectsByType(type));
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
		return inModel(all.getExportedObjectsByObject(object));
	}
}
