package org.caretwin.lang.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.IResourceDescriptionsProvider;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * The files of the model a resource belongs to, read from Xtext's index through the language's containers (see
 * {@link ModelContainerManager}): the validator, scoping and the generator ask this instead of walking the resource
 * set, whose contents differ between the command line and the language server.
 */
public class ModelFiles {

	@Inject
	private IResourceDescriptionsProvider indexProvider;

	@Inject
	private IResourceDescription.Manager descriptionManager;

	@Inject
	private IContainer.Manager containerManager;

	/** The service of the language of {@code resource}. */
	public static ModelFiles of(Resource resource) {
		return ((XtextResource) resource).getResourceServiceProvider().get(ModelFiles.class);
	}

	/** The descriptions of the model's files, sorted by URI so that every client lists them in the same order. */
	public List<IResourceDescription> descriptions(Resource member) {
		if (member.getResourceSet() == null) {
			return List.of(descriptionManager.getResourceDescription(member));
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(member.getResourceSet());
		IResourceDescription own = index.getResourceDescription(member.getURI());
		if (own == null) {
			own = descriptionManager.getResourceDescription(member);
		}
		List<IResourceDescription> files = new ArrayList<>();
		for (IContainer container : containerManager.getVisibleContainers(own, index)) {
			container.getResourceDescriptions().forEach(files::add);
		}
		if (files.stream().noneMatch(f -> f.getURI().equals(member.getURI()))) {
			files.add(own);
		}
		files.sort(Comparator.comparing(f -> f.getURI().toString()));
		return files;
	}

	/** The elements of {@code type} exported by the model's files: file by file, each in the order written. */
	public List<IEObjectDescription> exported(Resource member, EClass type) {
		List<IEObjectDescription> exported = new ArrayList<>();
		for (IResourceDescription file : descriptions(member)) {
			file.getExportedObjectsByType(type).forEach(exported::add);
		}
		return exported;
	}

	/** The model's files as resources of {@code member}'s resource set, loading those not loaded yet. */
	public List<Resource> resources(Resource member) {
		List<Resource> resources = new ArrayList<>();
		for (IResourceDescription file : descriptions(member)) {
			resources.add(file.getURI().equals(member.getURI()) ? member
					: member.getResourceSet().getResource(file.getURI(), true));
		}
		return resources;
	}
}
