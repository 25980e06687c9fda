package org.caretwin.diagram.bpmn;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A resolved model as text for comparing two of them: every record component, doubles to nine significant digits
 * (a share read back from {@code 50%} is the share exported, up to rounding), leaving out what a round trip through
 * another file cannot keep: where elements were written ({@code position}) and which files the model has
 * ({@code files}, {@code folder}: the imported pathways are in a file of their own).
 */
final class Records {

	private static final Set<String> IGNORED = Set.of("position", "files", "folder");

	private Records() {
	}

	static String canonical(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Record record) {
			StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('(');
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				if (!IGNORED.contains(component.getName())) {
					text.append(component.getName()).append('=').append(canonical(read(component, record))).append(", ");
				}
			}
			return text.append(')').toString();
		}
		if (value instanceof List<?> list) {
			return "[" + String.join("; ", list.stream().map(Records::canonical).toList()) + "]";
		}
		if (value instanceof Double d) {
			return String.format(Locale.ROOT, "%.9g", d);
		}
		return value.toString();
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(component.getName(), e);
		}
	}
}
