package dev.hpolint.lsp.testing;

import org.eclipse.lsp4j.Position;

/**
 * A test text with a cursor marker, {@code %}, as in {@code "Strategy: %"}: the text without the
 * marker and the LSP position where it stood.
 */
public record Marked(String text, Position cursor, int offset) {
  public static final char MARKER = '%';

  public static Marked parse(String marked) {
    int at = marked.indexOf(MARKER);
    if (at < 0 || marked.indexOf(MARKER, at + 1) >= 0) {
      throw new IllegalArgumentException(
          "a marked text needs exactly one " + MARKER + ": " + marked);
    }
    String text = marked.substring(0, at) + marked.substring(at + 1);
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Marked(text, new Position(line, at - lineStart), at);
  }
}
