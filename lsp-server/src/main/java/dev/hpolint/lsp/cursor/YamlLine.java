package dev.hpolint.lsp.cursor;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of one line of block YAML, as far as finding a path by indentation needs it: where its
 * content starts, the sequence dashes in front of it, and the member name it opens, if any.
 *
 * @param indent the column of the first character that is not a space (a dash, or the content)
 * @param dashes the columns of the sequence dashes ({@code "- "}) before the content
 * @param contentCol the column where the content starts, after any dashes
 * @param key the member name the line opens ({@code "Name:"}), unquoted, or null
 * @param colonCol the column of that member's colon, or -1
 */
record YamlLine(
    Kind kind, int indent, List<Integer> dashes, int contentCol, String key, int colonCol) {

  enum Kind {
    /** Blank or only a comment: not part of the structure. */
    SKIP,
    /** {@code ---} or {@code ...}: a document boundary. */
    BOUNDARY,
    CONTENT
  }

  YamlLine {
    dashes = List.copyOf(dashes);
  }

  /** The column of the last dash, or -1. */
  int lastDash() {
    return dashes.isEmpty() ? -1 : dashes.get(dashes.size() - 1);
  }

  boolean hasDashAt(int column) {
    return dashes.contains(column);
  }

  static YamlLine parse(String line) {
    int col = 0;
    while (col < line.length() && (line.charAt(col) == ' ' || line.charAt(col) == '\t')) {
      col++;
    }
    if (col == line.length() || line.charAt(col) == '#') {
      return new YamlLine(Kind.SKIP, col, List.of(), col, null, -1);
    }
    if (col == 0
        && (line.startsWith("---") || line.startsWith("..."))
        && (line.length() == 3 || Character.isWhitespace(line.charAt(3)))) {
      return new YamlLine(Kind.BOUNDARY, 0, List.of(), 0, null, -1);
    }
    int indent = col;
    List<Integer> dashes = new ArrayList<>();
    while (col < line.length()
        && line.charAt(col) == '-'
        && (col + 1 == line.length() || line.charAt(col + 1) == ' ')) {
      dashes.add(col);
      col++;
      while (col < line.length() && line.charAt(col) == ' ') {
        col++;
      }
    }
    int colon = mappingColon(line, col, line.length());
    String key = colon < 0 ? null : unquote(line.substring(col, colon).trim());
    return new YamlLine(Kind.CONTENT, indent, dashes, col, key, colon);
  }

  /**
   * The column of the colon that makes {@code line[from..to)} a member ({@code "Name: value"},
   * {@code "Name:"}), or -1. Colons inside quotes, inside a URL-like word ({@code s3://}) or after
   * a comment do not count.
   */
  static int mappingColon(String line, int from, int to) {
    int end = Math.min(to, line.length());
    if (from >= end) {
      return -1;
    }
    char first = line.charAt(from);
    int i = from;
    if (first == '"' || first == '\'') {
      int close = closingQuote(line, from, end);
      if (close < 0) {
        return -1;
      }
      i = close + 1;
      while (i < end && line.charAt(i) == ' ') {
        i++;
      }
      return i < end && line.charAt(i) == ':' && isColonEnd(line, i + 1) ? i : -1;
    }
    if (first == '[' || first == '{' || first == '#') {
      return -1;
    }
    for (; i < end; i++) {
      char c = line.charAt(i);
      if (c == '#' && i > from && line.charAt(i - 1) == ' ') {
        return -1;
      }
      if (c == ':' && isColonEnd(line, i + 1)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isColonEnd(String line, int next) {
    return next >= line.length() || line.charAt(next) == ' ' || line.charAt(next) == '\t';
  }

  private static int closingQuote(String line, int open, int end) {
    char quote = line.charAt(open);
    for (int i = open + 1; i < end; i++) {
      char c = line.charAt(i);
      if (quote == '"' && c == '\\') {
        i++;
      } else if (c == quote) {
        if (quote == '\'' && i + 1 < end && line.charAt(i + 1) == '\'') {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  static String unquote(String text) {
    if (text.length() >= 2) {
      char first = text.charAt(0);
      char last = text.charAt(text.length() - 1);
      if (first == '\'' && last == '\'') {
        return text.substring(1, text.length() - 1).replace("''", "'");
      }
      if (first == '"' && last == '"') {
        return text.substring(1, text.length() - 1).replace("\\\"", "\"");
      }
    }
    return text;
  }
}
