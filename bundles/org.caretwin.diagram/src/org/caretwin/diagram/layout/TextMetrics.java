package org.caretwin.diagram.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Widths of text without a font system (the command line runs headless, the SVG is drawn elsewhere): a generous
 * average per character of DejaVu Sans, so boxes are never too narrow, and word wrapping on those widths.
 */
public final class TextMetrics {

	/** Font sizes of the notation, in pixels. */
	public static final double TITLE = 14;
	public static final double BODY = 12;
	public static final double SMALL = 11.5;

	private TextMetrics() {
	}

	/** The width of {@code text} at {@code size} pixels; bold text is about a tenth wider. */
	public static double width(String text, double size, boolean bold) {
		double em = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("ijl.,:;'|!".indexOf(c) >= 0) {
				em += 0.30;
			} else if ("frt() ".indexOf(c) >= 0) {
				em += 0.40;
			} else if ("mwMW%@".indexOf(c) >= 0) {
				em += 0.95;
			} else if (Character.isUpperCase(c) || c == '≈' || c == '×') {
				em += 0.72;
			} else if (Character.isDigit(c)) {
				em += 0.64;
			} else {
				em += 0.60;
			}
		}
		return em * size * (bold ? 1.12 : 1);
	}

	/**
	 * The words of {@code text}; a list written with " · " breaks only between its items, and "≈" stays with the
	 * number after it.
	 */
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		String[] items = text.split(" · ");
		if (items.length > 1) {
			for (int i = 0; i < items.length; i++) {
				words.add(i + 1 < items.length ? items[i] + " ·" : items[i]);
			}
			return words;
		}
		String[] parts = text.split(" ");
		for (int i = 0; i < parts.length; i++) {
			if (parts[i].equals("≈") && i + 1 < parts.length) {
				words.add(parts[i] + " " + parts[++i]);
			} else {
				words.add(parts[i]);
			}
		}
		return words;
	}

	/** {@code text} cut at spaces (or after commas) into lines no wider than {@code max}; a long word stays whole. */
	public static List<String> wrap(String text, double size, boolean bold, double max) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : words(text)) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && width(candidate, size, bold) > max) {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			} else {
				line.setLength(0);
				line.append(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}
}
