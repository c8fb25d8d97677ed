package dev.longtake.dsl.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names a misspelt name was probably meant to be: those within a small edit distance
 * (Levenshtein, ignoring case), closest first, at most three. The distance allowed grows with
 * the name: 1 for names up to 2 characters, 2 up to 8, 3 beyond.
 */
public final class CloseNames {

	private static final int MAX_SUGGESTIONS = 3;

	private CloseNames() {
	}

	public static List<String> suggest(String wanted, Iterable<String> candidates) {
		if (wanted == null || wanted.isEmpty()) {
			return List.of();
		}
		String target = wanted.toLowerCase(Locale.ROOT);
		int allowed = target.length() <= 2 ? 1 : target.length() <= 8 ? 2 : 3;
		record Match(String name, int distance) {
		}
		List<Match> matches = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String candidate : candidates) {
			if (candidate == null || candidate.equals(wanted) || !seen.add(candidate)) {
				continue;
			}
			int distance = distance(target, candidate.toLowerCase(Locale.ROOT), allowed);
			if (distance <= allowed) {
				matches.add(new Match(candidate, distance));
			}
		}
		matches.sort(Comparator.comparingInt(Match::distance).thenComparing(Match::name));
		return matches.stream().limit(MAX_SUGGESTIONS).map(Match::name).toList();
	}

	/** "Ernest", "Ernest or Lane", "Ernest, Lane or Ray". */
	public static String orList(List<String> names) {
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
	}

	/** "Ernest", "Ernest and Lane", "Ernest, Lane and Ray". */
	public static String andList(List<String> names) {
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	/**
	 * The Levenshtein distance of a and b, or any number above {@code limit} as soon as it is
	 * sure to exceed it (so long candidates cost little).
	 */
	static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMinimum = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (rowMinimum > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
