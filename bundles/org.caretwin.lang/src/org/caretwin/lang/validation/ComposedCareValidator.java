package org.caretwin.lang.validation;

import java.util.List;

import org.caretwin.lang.care.CarePackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** A group of rules composed into {@link CareValidator} (see its {@code @ComposedChecks}), not registered on its own. */
abstract class ComposedCareValidator extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(CarePackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// CareValidator registers the composition.
	}
}
