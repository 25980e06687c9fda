package org.caretwin.editor.diagram;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import org.caretwin.lang.ide.edit.Clause;
import org.caretwin.lang.ide.edit.PathwayEdit.RenameStep;
import org.caretwin.lang.ide.edit.PathwayEdit.SetClause;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * A step of the diagram in the Properties view: its name and each of its clauses as written in the text
 * ({@code takes 30 min}, {@code when unavailable lose "no bed"}); a value typed there replaces that clause in the
 * text, or says why it cannot.
 */
final class StepProperties implements IPropertySource {

	private static final String NAME = "name";
	private static final String PATHWAY = "pathway";

	private final DiagramEditor editor;
	private final String step;
	/** The clauses as the text writes them now: read again after each edit, which the view shows at once. */
	private final Supplier<Map<Clause, String>> clauses;

	StepProperties(DiagramEditor editor, String step, Supplier<Map<Clause, String>> clauses) {
		this.editor = editor;
		this.step = step;
		this.clauses = clauses;
	}

	String step() {
		return step;
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		PropertyDescriptor pathway = new PropertyDescriptor(PATHWAY, "Pathway");
		pathway.setCategory("Step");
		PropertyDescriptor name = new TextPropertyDescriptor(NAME, "Name");
		name.setCategory("Step");
		name.setDescription("Renamed here and wherever the model names it");
		IPropertyDescriptor[] clauseDescriptors = Arrays.stream(Clause.values()).map(clause -> {
			TextPropertyDescriptor descriptor = new TextPropertyDescriptor(clause, clause.label());
			descriptor.setDescription("As written in the text, e.g. " + clause.example() + "; empty removes it");
			descriptor.setCategory("Clauses");
			return descriptor;
		}).toArray(IPropertyDescriptor[]::new);
		IPropertyDescriptor[] all = new IPropertyDescriptor[clauseDescriptors.length + 2];
		all[0] = pathway;
		all[1] = name;
		System.arraycopy(clauseDescriptors, 0, all, 2, clauseDescriptors.length);
		return all;
	}

	@Override
	public Object getPropertyValue(Object id) {
		if (PATHWAY.equals(id)) {
			return step.substring(0, step.indexOf('.'));
		}
		if (NAME.equals(id)) {
			return DiagramGestures.shortName(step);
		}
		Map<Clause, String> now = id instanceof Clause ? clauses.get() : null;
		return now == null ? "" : now.getOrDefault(id, "");
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		String typed = value == null ? "" : value.toString();
		if (typed.equals(getPropertyValue(id))) {
			return;
		}
		String refused = NAME.equals(id) ? editor.edit(new RenameStep(step, typed.strip()))
				: id instanceof Clause clause ? editor.edit(new SetClause(step, clause, typed)) : null;
		if (refused != null) {
			editor.gestures().say(refused);
		}
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
	}
}
