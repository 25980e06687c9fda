package org.caretwin.lang.validation;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Model;
import org.caretwin.lang.care.RemoteMode;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.interpret.StepResources;
import org.caretwin.lang.workspace.ModelFiles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/**
 * A resource that no step and no remote mode of the model uses is most often a forgotten {@code by} or a name
 * changed on one side only: it would be sized and costed for nothing.
 */
public class ResourceUseValidator extends ComposedCareValidator {

	public static final String UNUSED_RESOURCE = "unusedResource";

	/** One walk of the model's files per file checked, for all of the file's resources. */
	@Check
	public void everyResourceIsUsed(Model file) {
		List<Resource> declared = file.getElements().stream().filter(Resource.class::isInstance).map(Resource.class::cast)
				.filter(r -> r.getName() != null).toList();
		if (declared.isEmpty()) {
			return;
		}
		usedResources(file).ifPresent(used -> declared.stream().filter(r -> !used.contains(r))
				.forEach(r -> warning("The resource " + r.getName() + " is used by no step: add it to a step ('by "
						+ r.getName() + "') or remove it", r, CarePackage.Literals.ELEMENT__NAME, UNUSED_RESOURCE)));
	}

	/** The resources the model's steps and remote modes use; empty when a syntax error or a misspelt name may hide one. */
	private static Optional<Set<Resource>> usedResources(Model file) {
		Set<Resource> used = new HashSet<>();
		for (org.eclipse.emf.ecore.resource.Resource member : ModelFiles.of(file.eResource()).resources(file.eResource())) {
			if (!member.getErrors().isEmpty()) {
				return Optional.empty(); // text lost to a syntax error may be what used it: the error comes first
			}
			for (Iterator<EObject> contents = member.getAllContents(); contents.hasNext();) {
				for (Resource resource : usedBy(contents.next())) {
					if (resource.eIsProxy()) {
						return Optional.empty(); // a misspelt name is the error; "unused" for the one it meant would be a second
					}
					used.add(resource);
				}
			}
		}
		return Optional.of(used);
	}

	private static List<Resource> usedBy(EObject element) {
		if (element instanceof Step step) {
			return StepResources.needs(step);
		}
		if (element instanceof RemoteMode remote) {
			return remote.getResources();
		}
		return List.of();
	}
}
