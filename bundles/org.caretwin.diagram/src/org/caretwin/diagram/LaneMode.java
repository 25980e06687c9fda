package org.caretwin.diagram;

import java.util.Locale;

/** How a pathway diagram is cut into swimlanes. */
public enum LaneMode {

	/** One lane per kind of resource: the first resource of each step, who (or what) the patient sees. */
	PROFESSION,

	/** One lane per care setting: a site, the community (resources in every zone), home, remote. */
	SETTING,

	/** One lane for the whole pathway: the flow alone, for a first look. */
	NONE;

	/** The mode written on a command line ({@code profession} or {@code setting}); null when it is neither. */
	public static LaneMode parse(String text) {
		for (LaneMode mode : values()) {
			if (mode.keyword().equals(text)) {
				return mode;
			}
		}
		return null;
	}

	public String keyword() {
		return name().toLowerCase(Locale.ROOT);
	}
}
