package org.caretwin.lang.interpret;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.lang.care.Weekday;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The days a weekday range such as {@code monday..friday} stands for. */
public final class Weekdays {

	private Weekdays() {
	}

	/**
	 * The days of {@code from..to} (or {@code from} alone), Monday 0; a range such as friday..monday wraps over the
	 * weekend. Whether {@code to} was written is read from the text: Monday is the enum's default, so EMF reports an
	 * explicit {@code ..monday} as unset.
	 */
	public static List<Integer> of(EObject owner, Weekday first, Weekday last, EStructuralFeature lastFeature) {
		int from = first.getValue();
		int to = NodeModelUtils.findNodesForFeature(owner, lastFeature).isEmpty() ? from : last.getValue();
		List<Integer> days = new ArrayList<>();
		for (int day = from;; day = (day + 1) % 7) {
			days.add(day);
			if (day == to) {
				return days;
			}
		}
	}
}
