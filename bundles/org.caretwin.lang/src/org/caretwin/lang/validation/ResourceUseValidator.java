package org.caretwin.lang.validation;

import java.util.Iterator;
import java.util.List;

import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.RemoteMode;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.workspace.ModelFiles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/**
 * A resource that no step and no remote mode of the model uses is most often a forgotten {@code by} or a name
 * changed on one side only: it would be sized and costed for nothing.
 */
public class ResourceUseValidator extends ComposedCareValidator {

	public static final String UNUSED_RESOURCE = "unusedResource";

	@Check
	public void everyResourceIsUsed(Resource resource) {
		if (resource.getName() == null) {
			return;
		}
		for (org.eclipse.emf.ecore.resource.Resource file : ModelFiles.of(resource.eResource()).resources(resource.eResource())) {
			if (!file.getErrors().isEmpty()) {
				return; // text lost to a syntax error may be what used it: the error comes first
			}
			for (Iterator<EObject> contents = file.getAllContents(); contents.hasNext();) {
				List<Resource> used = usedBy(contents.next());
				if (used.contains(resource)) {
					return;
				}
				if (used.stream().anyMatch(EObject::eIsProxy)) {
					return; // a misspelt name is the error; "unused" for the resource it meant would be a second one
				}
			}
		}
		warning("The resource " + resource.getName() + " is used by no step: add it to a step ('by " + resource.getName()
				+ "') or remove it", resource, CarePackage.Literals.ELEMENT__NAME, UNUSED_RESOURCE);
	}

	private static List<Resource> usedBy(EObject element) {
		if (element instanceof Step step) {
			return step.getResources();
		}
		if (element instanceof RemoteMode remote) {
			return remote.getResources();
		}
		return List.of();
	}
}
