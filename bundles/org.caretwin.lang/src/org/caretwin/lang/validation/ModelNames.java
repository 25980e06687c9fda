package org.caretwin.lang.validation;

import java.util.List;

import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.generator.StepNames;
import org.caretwin.lang.workspace.ModelFiles;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** The names of steps, resources and zones in the model of an element, for checking KPI arguments. */
record ModelNames(StepNames steps, List<String> resources, List<String> zones) {

	static ModelNames of(EObject context) {
		List<String> steps = ModelFiles.of(context.eResource()).exported(context.eResource(), CarePackage.Literals.STEP)
				.stream().map(d -> d.getName().toString()).toList();
		return new ModelNames(new StepNames(steps), names(context, CarePackage.Literals.RESOURCE),
				names(context, CarePackage.Literals.ZONE));
	}

	/** Simple names, as KPI arguments are written: the index qualifies a step by its pathway, a zone by its territory. */
	private static List<String> names(EObject context, EClass type) {
		return ModelFiles.of(context.eResource()).exported(context.eResource(), type).stream()
				.map(d -> d.getName().getLastSegment()).toList();
	}
}
