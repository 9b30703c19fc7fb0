package dev.hpolint.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a metric name into lower-case words, so that a rule can ask whether it says "loss" or
 * "accuracy" as a whole word: at ':', '_', '-', '.', '/', spaces, and where the letter case changes
 * (trainRMSE gives train and rmse; F1Score gives f1 and score; digits stay with the letters before
 * them: f1, r2).
 */
public final class MetricTokens {

  private MetricTokens() {}

  public static List<String> of(String name) {
    List<String> tokens = new ArrayList<>();
    if (name == null) {
      return tokens;
    }
    StringBuilder word = new StringBuilder();
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, tokens);
        continue;
      }
      if (word.length() > 0 && startsWord(name, i)) {
        flush(word, tokens);
      }
      word.append(c);
    }
    flush(word, tokens);
    return tokens;
  }

  /** An upper-case letter after a lower-case one or a digit, or the last capital of an acronym. */
  private static boolean startsWord(String name, int i) {
    char c = name.charAt(i);
    char previous = name.charAt(i - 1);
    if (!Character.isUpperCase(c)) {
      return false;
    }
    if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
      return true;
    }
    boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    return Character.isUpperCase(previous) && nextLower;
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (word.length() > 0) {
      tokens.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
