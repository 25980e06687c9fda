package org.caretwin.lang.ide.edit;

/**
 * An edit of a pathway made on its diagram. Steps are named by their stable ids ({@code Pathway.Step}), the ids of
 * their diagram nodes.
 */
public sealed interface PathwayEdit {

	/** A new flow from {@code from} to {@code to}, taken by {@code percent} % of the patients of every profile. */
	record AddFlow(String from, String to, double percent) implements PathwayEdit {
	}

	/** The flow from {@code from} to {@code oldTarget} goes to {@code newTarget} instead. */
	record Reconnect(String from, String oldTarget, String newTarget) implements PathwayEdit {
	}

	/** No flow goes from {@code from} to {@code to} any more: its share goes to the others, or patients leave. */
	record RemoveFlow(String from, String to) implements PathwayEdit {
	}

	/** Patients leave the pathway after {@code step}. */
	record EndAfter(String step) implements PathwayEdit {
	}

	/**
	 * A new step {@code name} right after {@code after}, with its resources, taking {@code minutes}; patients go from
	 * {@code after} to it, and from it where they went from {@code after}.
	 */
	record InsertStep(String after, String name, double minutes) implements PathwayEdit {
	}

	/** {@code step} is called {@code newName}, where it is declared and wherever it is named, in every file of the model. */
	record RenameStep(String step, String newName) implements PathwayEdit {
	}

	/**
	 * {@code clause} of {@code step} is written {@code text}, keywords included ({@code takes 25 min}); an empty text
	 * removes it.
	 */
	record SetClause(String step, Clause clause, String text) implements PathwayEdit {
	}

	/** {@code step} is removed; the flows into it go where it sent patients, when that was one step. */
	record DeleteStep(String step) implements PathwayEdit {
	}
}
