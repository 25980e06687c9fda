package org.caretwin.lang.workspace;

import java.util.Collection;

import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * Rebuilds every file of a model when what another file of it declares changes: checks such as KPI arguments read the
 * names of the whole model ({@link ModelFiles}), not only those linked, which the default only follows.
 */
public class ModelResourceDescriptionManager extends DefaultResourceDescriptionManager {

	@Override
	public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		return super.isAffected(deltas, candidate, context) || deltas.stream().anyMatch(
				delta -> delta.haveEObjectDescriptionsChanged() && ModelFolder.sameModel(delta.getUri(), candidate.getURI()));
	}
}
