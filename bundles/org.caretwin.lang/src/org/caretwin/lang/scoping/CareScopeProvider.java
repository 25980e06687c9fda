package org.caretwin.lang.scoping;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.lang.care.BranchOverride;
import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Change;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.workspace.ModelFiles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.SimpleScope;

/**
 * Names as a modeller reads them: a profile or attribute is found in the cohort of the pathway at hand, and a step
 * named in an innovation or a scenario is found among the steps of every pathway of the model.
 */
public class CareScopeProvider extends AbstractCareScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (isProfileReference(reference)) {
			Cohort cohort = cohortOf(context);
			return cohort == null ? IScope.NULLSCOPE : Scopes.scopeFor(cohort.getProfiles());
		}
		if (isAttributeReference(reference)) {
			Cohort cohort = cohortOf(context);
			return cohort == null ? IScope.NULLSCOPE : Scopes.scopeFor(cohort.getAttributes());
		}
		if (isOverriddenBranchTarget(context, reference)) {
			Pathway pathway = pathwayOf(context);
			return pathway == null ? IScope.NULLSCOPE : Scopes.scopeFor(pathway.getSteps());
		}
		if (reference.getEReferenceType() == CarePackage.Literals.STEP
				&& EcoreUtil2.getContainerOfType(context, Pathway.class) == null) {
			return allSteps(context, super.getScope(context, reference));
		}
		return super.getScope(context, reference);
	}

	/**
	 * Whether the names {@code reference} may take are those of something that itself did not resolve: the profiles
	 * and attributes of the cohort of a pathway whose cohort, or of a scenario whose step, is misspelt.
	 */
	public static boolean dependsOnUnresolvedName(EObject context, EReference reference) {
		if (isProfileReference(reference) || isAttributeReference(reference)) {
			return cohortOf(context) == null;
		}
		return isOverriddenBranchTarget(context, reference) && pathwayOf(context) == null;
	}

	private static boolean isProfileReference(EReference reference) {
		return reference == CarePackage.Literals.BRANCH_CASE__PROFILE || reference == CarePackage.Literals.PROFILE_COUNT__PROFILE
				|| reference == CarePackage.Literals.PROFILE_DURATION__PROFILE || reference == CarePackage.Literals.REMOTE_MODE__PREFERRED_BY;
	}

	private static boolean isAttributeReference(EReference reference) {
		return reference == CarePackage.Literals.CONDITION__ATTRIBUTE || reference == CarePackage.Literals.WAIT_POLICY__PRIORITY;
	}

	private static boolean isOverriddenBranchTarget(EObject context, EReference reference) {
		return reference == CarePackage.Literals.BRANCH_TARGET__STEP
				&& EcoreUtil2.getContainerOfType(context, BranchOverride.class) != null;
	}

	/** The pathway a context belongs to: its container, or the pathway of the step it changes or branches after. */
	static Pathway pathwayOf(EObject context) {
		Pathway pathway = EcoreUtil2.getContainerOfType(context, Pathway.class);
		if (pathway != null) {
			return pathway;
		}
		Step step = null;
		BranchOverride branch = EcoreUtil2.getContainerOfType(context, BranchOverride.class);
		if (branch != null) {
			step = branch.getStep();
		}
		Change change = EcoreUtil2.getContainerOfType(context, Change.class);
		if (change != null) {
			step = change.getStep();
		}
		return step == null || step.eIsProxy() ? null : EcoreUtil2.getContainerOfType(step, Pathway.class);
	}

	static Cohort cohortOf(EObject context) {
		Cohort own = EcoreUtil2.getContainerOfType(context, Cohort.class);
		if (own != null) {
			return own;
		}
		Pathway pathway = pathwayOf(context);
		return pathway == null || pathway.getCohort() == null || pathway.getCohort().eIsProxy() ? null
				: pathway.getCohort();
	}

	/**
	 * Steps of every pathway of the model by their simple names, those of the referring file first so that they win
	 * over same-named steps elsewhere.
	 */
	private static IScope allSteps(EObject context, IScope parent) {
		Resource own = context.eResource();
		List<IEObjectDescription> steps = new ArrayList<>();
		if (!own.getContents().isEmpty()) {
			for (Step step : EcoreUtil2.getAllContentsOfType(own.getContents().get(0), Step.class)) {
				if (step.getName() != null) {
					steps.add(EObjectDescription.create(step.getName(), step));
				}
			}
		}
		for (IEObjectDescription step : ModelFiles.of(own).exported(own, CarePackage.Literals.STEP)) {
			if (!step.getEObjectURI().trimFragment().equals(own.getURI())) {
				steps.add(EObjectDescription.create(step.getName().getLastSegment(), step.getEObjectOrProxy()));
			}
		}
		return new SimpleScope(parent, steps);
	}
}
