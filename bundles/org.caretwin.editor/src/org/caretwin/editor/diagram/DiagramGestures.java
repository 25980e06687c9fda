package org.caretwin.editor.diagram;

import java.util.List;

import org.caretwin.diagram.DiagramIds;
import org.caretwin.lang.ide.edit.Clause;
import org.caretwin.lang.ide.edit.PathwayEdit;
import org.caretwin.lang.ide.edit.PathwayEdit.AddFlow;
import org.caretwin.lang.ide.edit.PathwayEdit.DeleteStep;
import org.caretwin.lang.ide.edit.PathwayEdit.EndAfter;
import org.caretwin.lang.ide.edit.PathwayEdit.InsertStep;
import org.caretwin.lang.ide.edit.PathwayEdit.Reconnect;
import org.caretwin.lang.ide.edit.PathwayEdit.RemoveFlow;
import org.caretwin.lang.ide.edit.PathwayEdit.RenameStep;
import org.caretwin.lang.ide.edit.PathwayEdit.SetClause;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * What the diagram's editing buttons and gestures ask the modeller (a name, a share, a target) before the edit is
 * made in the text; an edit the pathway cannot take is explained, never half made.
 */
final class DiagramGestures {

	private static final String TITLE = "Edit Pathway";
	private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";

	private final DiagramEditor editor;

	DiagramGestures(DiagramEditor editor) {
		this.editor = editor;
	}

	private Shell shell() {
		return editor.getSite().getShell();
	}

	/** A flow drawn from node {@code from} to node {@code to}: the share of patients that take it. */
	void connect(String from, String to) {
		String source = DiagramIds.stepOf(from);
		String target = DiagramIds.stepOf(to);
		if (source == null || target == null) {
			say("A flow goes from a step to another step.");
			return;
		}
		InputDialog share = new InputDialog(shell(), TITLE, "Share of the patients of " + shortName(source) + " going to "
				+ shortName(target) + " (%):", "10", DiagramGestures::percentProblem);
		if (share.open() == Window.OK) {
			make(new AddFlow(source, target, Double.parseDouble(share.getValue().strip())));
		}
	}

	void rename(String step) {
		InputDialog name = new InputDialog(shell(), TITLE, "New name for " + shortName(step) + ":", shortName(step),
				DiagramGestures::nameProblem);
		if (name.open() == Window.OK && !name.getValue().equals(shortName(step))) {
			make(new RenameStep(step, name.getValue()));
		}
	}

	void insertAfter(String step) {
		InputDialog name = new InputDialog(shell(), TITLE, "Name of the step after " + shortName(step) + ":", "NewStep",
				DiagramGestures::nameProblem);
		if (name.open() == Window.OK) {
			make(new InsertStep(step, name.getValue(), 30));
		}
	}

	/** A planned wait before {@code step} (its timer event on the diagram): {@code after 2 weeks}. */
	void delayBefore(String step) {
		InputDialog delay = new InputDialog(shell(), TITLE, "Planned wait before " + shortName(step)
				+ " (e.g. 2 weeks, exponential(mean 3 weeks)):", "2 weeks", text -> text.isBlank() ? "Say how long" : null);
		if (delay.open() == Window.OK) {
			make(new SetClause(step, Clause.DELAY, "after " + delay.getValue().strip()));
		}
	}

	void endAfter(String step) {
		make(new EndAfter(step));
	}

	void delete(String step) {
		if (MessageDialog.openConfirm(shell(), TITLE, "Delete the step " + shortName(step)
				+ "? Its patients' flows go to the step it sent them to.")) {
			make(new DeleteStep(step));
		}
	}

	void removeFlow(DiagramIds.Flow flow) {
		make(new RemoveFlow(flow.from(), flow.to()));
	}

	void reconnect(DiagramIds.Flow flow, List<String> steps) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return shortName((String) element);
			}
		});
		dialog.setTitle(TITLE);
		dialog.setMessage("The flow from " + shortName(flow.from()) + " goes to:");
		dialog.setElements(steps.stream().filter(s -> !s.equals(flow.to())).toArray());
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof String target) {
			make(new Reconnect(flow.from(), flow.to(), target));
		}
	}

	private void make(PathwayEdit edit) {
		String refused = editor.edit(edit);
		if (refused != null) {
			say(refused);
		}
	}

	void say(String message) {
		MessageDialog.openInformation(shell(), TITLE, message);
	}

	static String shortName(String stepId) {
		return stepId.substring(stepId.indexOf('.') + 1);
	}

	private static String nameProblem(String name) {
		return name.matches(NAME) ? null : "A step name is a letter or _ followed by letters, digits or _";
	}

	private static String percentProblem(String text) {
		try {
			double percent = Double.parseDouble(text.strip());
			return percent > 0 && percent < 100 ? null : "A share is between 0 and 100";
		} catch (NumberFormatException e) {
			return "A share is a number, such as 10 or 12.5";
		}
	}
}
