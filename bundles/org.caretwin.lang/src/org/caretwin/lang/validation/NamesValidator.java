package org.caretwin.lang.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.Model;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Territory;
import org.caretwin.lang.workspace.ModelFiles;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;

/**
 * One name, one thing: two elements of a kind may not share a name, nor names that differ only in case (they would
 * read as one in reports and clash in file systems and generated code); names and texts have a sensible length.
 */
public class NamesValidator extends ComposedCareValidator {

	public static final String DUPLICATE_NAME = "duplicateName";
	public static final String TOO_LONG = "tooLong";

	static final int LONGEST_NAME = 200;
	static final int LONGEST_TEXT = 1000;

	/** Top-level elements, zones and sites: one namespace per kind across the files of the model. */
	@Check
	public void modelNamesAreDistinct(Model model) {
		Map<String, EObject> first = new HashMap<>();
		for (Model file : filesOfTheModel(model)) {
			for (EObject element : namedElementsOf(file)) {
				String key = element.eClass().getName() + ":" + nameOf(element).toLowerCase(Locale.ROOT);
				EObject earlier = first.putIfAbsent(key, element);
				if (earlier != null && file == model) {
					clash(element, earlier);
				}
			}
		}
	}

	/** Steps within a pathway; profiles and attributes within a cohort. */
	@Check
	public void stepNamesAreDistinct(Pathway pathway) {
		distinct(new ArrayList<>(pathway.getSteps()));
	}

	@Check
	public void cohortNamesAreDistinct(Cohort cohort) {
		distinct(new ArrayList<>(cohort.getProfiles()));
		distinct(new ArrayList<>(cohort.getAttributes()));
	}

	private void distinct(List<EObject> elements) {
		Map<String, EObject> first = new HashMap<>();
		for (EObject element : elements) {
			EObject earlier = first.putIfAbsent(nameOf(element).toLowerCase(Locale.ROOT), element);
			if (earlier != null) {
				clash(element, earlier);
			}
		}
	}

	private void clash(EObject element, EObject earlier) {
		String kind = element.eClass().getName().toLowerCase(Locale.ROOT);
		String name = nameOf(element);
		String other = nameOf(earlier);
		String message = name.equals(other) ? "Duplicate " + kind + " " + name + ": rename one of them"
				: "The " + kind + " " + name + " differs from " + other + " only in case: give it a distinct name";
		error(message, element, element.eClass().getEStructuralFeature("name"), DUPLICATE_NAME);
	}

	/** Names and texts short enough to read, and to hold in generated code and reports. */
	@Check
	public void namesAndTextsHaveASensibleLength(Model model) {
		for (TreeIterator<EObject> all = model.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (attribute.getEType() != EcorePackage.Literals.ESTRING || attribute.isMany()) {
					continue;
				}
				Object value = object.eGet(attribute);
				boolean name = "name".equals(attribute.getName());
				int limit = name ? LONGEST_NAME : LONGEST_TEXT;
				if (value instanceof String text && text.length() > limit) {
					error((name ? "A name" : "A text") + " may have at most " + limit + " characters, this one has "
							+ text.length(), object, attribute, TOO_LONG);
				}
			}
		}
	}

	/** The files of the model {@code model} belongs to, in the order every client lists them. */
	private static List<Model> filesOfTheModel(Model model) {
		if (model.eResource() == null) {
			return List.of(model);
		}
		List<Model> files = new ArrayList<>();
		for (Resource file : ModelFiles.of(model.eResource()).resources(model.eResource())) {
			if (!file.getContents().isEmpty() && file.getContents().get(0) instanceof Model other) {
				files.add(other);
			}
		}
		return files;
	}

	private static List<EObject> namedElementsOf(Model file) {
		List<EObject> named = new ArrayList<>(file.getElements());
		for (var element : file.getElements()) {
			if (element instanceof Territory territory) {
				named.addAll(territory.getZones());
				named.addAll(territory.getSites());
			}
		}
		named.removeIf(e -> nameOf(e) == null);
		return named;
	}

	private static String nameOf(EObject element) {
		EClass type = element.eClass();
		EStructuralFeature name = type.getEStructuralFeature("name");
		return name == null ? null : (String) element.eGet(name);
	}
}
