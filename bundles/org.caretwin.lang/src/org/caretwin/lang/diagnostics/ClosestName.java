package org.caretwin.lang.diagnostics;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The name a modeller most likely meant: the candidate nearest by edit distance (letter case ignored), offered only
 * when it is close enough to be a typo, at most one edit per four letters of the name written (and at least one).
 * A qualified candidate ({@code Pilat.Office}) is also compared by its last segment, so an unqualified name finds it.
 */
public final class ClosestName {

	private ClosestName() {
	}

	/** The candidate to suggest for {@code written}, if one is close enough. */
	public static Optional<String> to(String written, Collection<String> candidates) {
		return nearest(written, candidates).filter(c -> distance(written, c) <= allowedEdits(written));
	}

	/** The nearest candidate however far, shorter names first among equals, then in alphabetical order. */
	public static Optional<String> nearest(String written, Collection<String> candidates) {
		return candidates.stream().min(Comparator.comparingInt((String c) -> distance(written, c))
				.thenComparingInt(String::length).thenComparing(Comparator.naturalOrder()));
	}

	static int allowedEdits(String written) {
		return Math.max(1, written.length() / 4);
	}

	private static int distance(String written, String candidate) {
		int last = candidate.lastIndexOf('.');
		int whole = editDistance(written, candidate);
		return last < 0 ? whole : Math.min(whole, editDistance(written, candidate.substring(last + 1)));
	}

	/**
	 * Edits from one name to the other, ignoring letter case: insertions, deletions, substitutions and swaps of two
	 * neighbouring letters (the commonest typo, "Nruse"), each one edit (optimal string alignment distance).
	 */
	public static int editDistance(String a, String b) {
		String x = a.toLowerCase(Locale.ROOT);
		String y = b.toLowerCase(Locale.ROOT);
		int[][] d = new int[x.length() + 1][y.length() + 1];
		for (int i = 0; i <= x.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= y.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= x.length(); i++) {
			for (int j = 1; j <= y.length(); j++) {
				int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
				if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[x.length()][y.length()];
	}
}
