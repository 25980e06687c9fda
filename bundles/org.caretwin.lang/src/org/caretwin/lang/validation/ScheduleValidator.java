package org.caretwin.lang.validation;

import java.util.Locale;

import org.caretwin.lang.care.ArrivalSlot;
import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.SessionAlternative;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/**
 * A scheduled slot's rooms and alternative lists ({@code 4 x one of { 50%: Hip: 2  50%: Knee: 1 }}): every room
 * takes exactly one list, so the shares of the alternatives cover all of them.
 */
public class ScheduleValidator extends ComposedCareValidator {

	public static final String SESSION_SHARES = "sessionShares";
	public static final String NO_ROOM = "noRoom";

	private static final double TOLERANCE = 1e-9;

	@Check
	public void alternativesCoverEveryRoom(ArrivalSlot slot) {
		if (slot.getAlternatives().isEmpty()) {
			return;
		}
		double total = slot.getAlternatives().stream().mapToDouble(a -> a.getShare().getValue()).sum();
		if (Math.abs(total - 100) > TOLERANCE) {
			SessionAlternative last = slot.getAlternatives().get(slot.getAlternatives().size() - 1);
			error(String.format(Locale.ROOT, "The lists of this slot add up to %s%%, not 100%%: each room takes one of them",
					total == Math.rint(total) ? String.valueOf((long) total) : String.valueOf(total)), last,
					CarePackage.Literals.SESSION_ALTERNATIVE__SHARE, SESSION_SHARES);
		}
	}

	@Check
	public void roomsAreCounted(ArrivalSlot slot) {
		if (slot.getRooms() == 0 && isWritten(slot)) {
			error("A slot needs at least 1 room: write '1 x' or leave the count out", slot,
					CarePackage.Literals.ARRIVAL_SLOT__ROOMS, NO_ROOM);
		}
	}

	private static boolean isWritten(ArrivalSlot slot) {
		return !NodeModelUtils.findNodesForFeature(slot, CarePackage.Literals.ARRIVAL_SLOT__ROOMS).isEmpty();
	}
}
