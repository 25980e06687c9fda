package org.caretwin.diagram;

import java.util.List;

import org.caretwin.lang.model.ResolvedModel.SourcePosition;

/**
 * One element of a pathway diagram. Ids are stable across edits of unrelated text: a step is its resolved id
 * ({@code Pathway.Step}), the elements derived from a step add a suffix ({@code HipKnee.Stay:branch}), those of the
 * pathway itself are {@code Pathway:start} and {@code Pathway:end}.
 *
 * @param label    the name shown (a step's name, the cohort of a start event, a delay)
 * @param details  further lines: resources and duration of a step, arrivals of a start event
 * @param loop     the repeat marker's text ({@code ×15 Hip, ×25 Knee every 2.5 days}), null without repeats
 * @param remote   the remote mode's text ({@code Teleconsultation 25%}), null without one
 * @param host     for a boundary event, the step it is attached to; else null
 * @param position where the element was written, null for those the model does not write (an end event)
 */
public record DiagramNode(String id, Kind kind, String label, List<String> details, String lane, String loop,
		String remote, String host, SourcePosition position) {

	/** BPMN-like kinds of node. */
	public enum Kind {
		/** Patients of a cohort arrive. */
		START,
		/** A step with resources and a duration. */
		TASK,
		/** A step that only routes ({@code decides branch}): an exclusive gateway with the step's name. */
		DECISION,
		/** The exclusive gateway of a step's {@code then branch}. */
		GATEWAY,
		/** A planned delay ({@code after ...}) before a step. */
		TIMER,
		/** What happens when a step's resources are unavailable: lose, redirect, or give up after waiting. */
		BOUNDARY,
		/** The pathway ends. */
		END,
		/** Patients leave unserved. */
		LOST
	}

	public DiagramNode {
		details = List.copyOf(details);
	}

	/** {@code file:line} where the element was written, or null. */
	public String where() {
		return position == null ? null : position.file() + ":" + position.line();
	}

	/** Events are drawn as circles with their label below. */
	public boolean isEvent() {
		return kind == Kind.START || kind == Kind.TIMER || kind == Kind.END || kind == Kind.LOST || kind == Kind.BOUNDARY;
	}
}
