package org.caretwin.editor.presentation;

import org.caretwin.editor.preferences.CarePreferences;
import org.caretwin.lang.ide.CareSemanticHighlightingCalculator;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** The kinds of text the editor colours, and their colours from the CareTwin preferences. */
public final class CareStyles {

	public static final String KEYWORD = "care.keyword";
	public static final String COMMENT = "care.comment";
	public static final String STRING = "care.string";
	public static final String NUMBER = "care.number";
	public static final String STEP = CareSemanticHighlightingCalculator.STEP;
	public static final String RESOURCE = CareSemanticHighlightingCalculator.RESOURCE;
	public static final String PLACE = CareSemanticHighlightingCalculator.PLACE;
	public static final String PATIENT = CareSemanticHighlightingCalculator.PATIENT;
	public static final String SCENARIO = CareSemanticHighlightingCalculator.SCENARIO;

	/** Every style, in the order the preference page lists them, with its label and default colour. */
	public static final String[][] ALL = {
			{ KEYWORD, "Keywords", "127,0,85" },
			{ COMMENT, "Comments (hover documentation)", "63,127,95" },
			{ STRING, "Strings", "42,0,255" },
			{ NUMBER, "Numbers", "125,66,0" },
			{ STEP, "Steps", "0,90,160" },
			{ RESOURCE, "Resources", "160,60,0" },
			{ PLACE, "Zones and sites", "0,120,110" },
			{ PATIENT, "Profiles and attributes", "120,40,140" },
			{ SCENARIO, "Scenarios", "170,20,60" } };

	private CareStyles() {
	}

	public static String colourKey(String style) {
		return "colour." + style;
	}

	public static StyleRange range(String style, int start, int length) {
		RGB rgb = PreferenceConverter.getColor(CarePreferences.store(), colourKey(style));
		StyleRange range = new StyleRange(start, length, new Color(rgb), null);
		if (KEYWORD.equals(style)) {
			range.fontStyle = SWT.BOLD;
		} else if (COMMENT.equals(style)) {
			range.fontStyle = SWT.ITALIC;
		}
		return range;
	}
}
