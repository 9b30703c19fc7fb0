package dev.hpolint.source;

import java.util.Locale;

/** The notation a document is written in. */
public enum Syntax {
  JSON,
  YAML;

  /**
   * Guesses the syntax from a file name, falling back to the content: a document whose first
   * non-blank character opens a JSON object or array is JSON, anything else is YAML.
   */
  public static Syntax detect(String fileName, CharSequence text) {
    if (fileName != null) {
      String lower = fileName.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".json")) {
        return JSON;
      }
      if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        return YAML;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' || c == '[' ? JSON : YAML;
      }
    }
    return JSON;
  }
}
