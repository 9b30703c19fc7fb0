package dev.hpolint.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Closest-name suggestions for misspelt member names and enum values. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate closest to {@code input}, or null when none is close enough to be a likely typo:
   * within a third of the name's length in edits, at least two.
   */
  public static String closest(String input, Iterable<String> candidates) {
    String abbreviated = onlyCandidateStartingWith(input, candidates);
    if (abbreviated != null) {
      return abbreviated;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(input, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, input.length() / 3);
    return bestDistance <= allowed ? best : null;
  }

  /** An abbreviation such as Log for Logarithmic: the one candidate that starts with the input. */
  private static String onlyCandidateStartingWith(String input, Iterable<String> candidates) {
    if (input.length() < 3) {
      return null;
    }
    String prefix = input.toLowerCase(Locale.ROOT);
    String match = null;
    for (String candidate : candidates) {
      if (candidate.toLowerCase(Locale.ROOT).startsWith(prefix) && !candidate.equals(input)) {
        if (match != null) {
          return null;
        }
        match = candidate;
      }
    }
    return match;
  }

  /** All candidates, closest first. */
  public static List<String> byCloseness(String input, List<String> candidates) {
    List<String> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt((String candidate) -> distance(input, candidate)));
    return sorted;
  }

  /** The one candidate equal to the input but for letter case, underscores, hyphens and spaces. */
  public static String sameButForCase(String input, Iterable<String> candidates) {
    String key = normalise(input);
    String match = null;
    for (String candidate : candidates) {
      if (normalise(candidate).equals(key)) {
        if (match != null) {
          return null;
        }
        match = candidate;
      }
    }
    return match;
  }

  private static String normalise(String text) {
    return text.replaceAll("[_\\-\\s]", "").toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance, case-insensitive (a case slip costs nothing extra to a reader). */
  static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
