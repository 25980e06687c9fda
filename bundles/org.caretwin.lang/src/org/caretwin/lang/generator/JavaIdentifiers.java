package org.caretwin.lang.generator;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.SourceVersion;

import org.caretwin.engine.TimeUnits;
import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.RenewalCohort;
import org.caretwin.engine.pathway.ScheduledCohort;
import org.caretwin.engine.pathway.Step;
import org.caretwin.engine.pathway.TimeSeriesCohort;
import org.caretwin.engine.pathway.ZonalCohort;

/**
 * The identifiers of one generated class. Each model element gets one identifier per role (a step's field, its
 * duration source, its factory method …), readable and derived from its name, and unique in the class: no model name
 * can clash with another, with a Java keyword, a {@code java.lang} type, a type the class imports, a member the
 * generated code inherits, or a name the generated code itself uses.
 */
final class JavaIdentifiers {

	/** Names the generated code uses or sees besides the model's: its types, locals, parameters and packages. */
	private static final Set<String> GENERATED = Set.of("java", "org", "caretwin", "umontreal", "List", "Predicate", "DataTables",
			"CareModel", "RenewalCohort", "ScheduledCohort", "TimeSeriesCohort", "ZonalCohort", "Patient", "ResourceType",
			"Step", "WeeklyCalendar", "Distribution", "RandomSource", "PatientSource", "ConsoleReport", "Expectation", "ExperimentPlan",
			"ExperimentRunner", "ModelFactory", "Settings", "Slot", "settings", "scenario", "patient", "profile", "zone",
			"args", "plan", "main", "build", "forScenario", "FACTORY", "create", "scenarios", "sessions", "attributes");

	private static final Set<String> RESERVED = reserved();

	private final Map<Object, Map<String, String>> assigned = new IdentityHashMap<>();
	private final Set<String> taken = new HashSet<>(RESERVED);

	/**
	 * The identifier of {@code owner} in {@code role}: {@code wanted} if free, else {@code wanted_2}, {@code wanted_3}
	 * …; the same owner and role always get the same identifier.
	 */
	String of(Object owner, String role, String wanted) {
		return assigned.computeIfAbsent(owner, o -> new HashMap<>()).computeIfAbsent(role, r -> {
			String identifier = wanted;
			for (int n = 2; clashesWithJava(identifier) || !taken.add(identifier); n++) {
				identifier = wanted + "_" + n;
			}
			return identifier;
		});
	}

	/** The name of the class generated for an experiment: its name, unless that would hide a type the class uses. */
	static String className(String experiment) {
		String type = JavaNames.type(experiment);
		return RESERVED.contains(type) || clashesWithJava(type) ? type + "Experiment" : type;
	}

	private static Set<String> reserved() {
		Set<String> names = new HashSet<>(GENERATED);
		names.addAll(Set.of("_", "var", "yield", "record", "sealed", "permits", "when", "module", "exports", "open",
				"opens", "requires", "transitive", "to", "uses", "provides", "with", "non"));
		for (Class<?> type = Step.class; type != null; type = type.getSuperclass()) {
			addFields(names, type);
		}
		for (Class<?> type = CareModel.class; type != null; type = type.getSuperclass()) {
			addFields(names, type);
		}
		for (Class<?> type : List.of(RenewalCohort.class, ZonalCohort.class, ScheduledCohort.class, TimeSeriesCohort.class)) {
			for (Class<?> t = type; t != null; t = t.getSuperclass()) {
				addFields(names, t);
			}
		}
		addFields(names, Patient.class);
		addFields(names, TimeUnits.class);
		return names;
	}

	private static void addFields(Set<String> names, Class<?> type) {
		for (Field field : type.getDeclaredFields()) {
			names.add(field.getName());
		}
	}

	/** Java keywords and literals, and the simple names of {@code java.lang}'s types, which every class sees. */
	static boolean clashesWithJava(String name) {
		if (SourceVersion.isKeyword(name)) {
			return true;
		}
		if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
			return false;
		}
		try {
			Class.forName("java.lang." + name, false, JavaIdentifiers.class.getClassLoader());
			return true;
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}
}
