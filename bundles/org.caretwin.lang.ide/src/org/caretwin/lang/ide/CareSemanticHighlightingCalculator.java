package org.caretwin.lang.ide;

import org.caretwin.lang.care.Attribute;
import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Profile;
import org.caretwin.lang.care.Resource;
import org.caretwin.lang.care.Scenario;
import org.caretwin.lang.care.Site;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.care.Zone;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Colours names by what they stand for, where they are declared and wherever they are used: steps, resources,
 * places (zones and sites), profiles and attributes, scenarios.
 */
public class CareSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	public static final String STEP = "care.step";
	public static final String RESOURCE = "care.resource";
	public static final String PLACE = "care.place";
	public static final String PATIENT = "care.patient";
	public static final String SCENARIO = "care.scenario";

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		String style = styleOf(object);
		if (style != null) {
			for (INode node : NodeModelUtils.findNodesForFeature(object, object.eClass().getEStructuralFeature("name"))) {
				acceptor.addPosition(node.getOffset(), node.getLength(), style);
			}
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.getEReferenceType() == CarePackage.Literals.ELEMENT) {
				continue;
			}
			String referenced = styleOf(reference.getEReferenceType());
			if (referenced != null) {
				for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
					acceptor.addPosition(node.getOffset(), node.getLength(), referenced);
				}
			}
		}
		return false;
	}

	private static String styleOf(EObject object) {
		return styleOf(object.eClass());
	}

	private static String styleOf(org.eclipse.emf.ecore.EClass type) {
		Class<?> instance = type.getInstanceClass();
		if (instance == Step.class) {
			return STEP;
		}
		if (instance == Resource.class) {
			return RESOURCE;
		}
		if (instance == Zone.class || instance == Site.class) {
			return PLACE;
		}
		if (instance == Profile.class || instance == Attribute.class) {
			return PATIENT;
		}
		if (instance == Scenario.class) {
			return SCENARIO;
		}
		return null;
	}
}
