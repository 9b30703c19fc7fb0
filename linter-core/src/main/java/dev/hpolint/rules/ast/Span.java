package dev.hpolint.rules.ast;

/**
 * Where a piece of a rule file stands: zero-based line and column (in UTF-16 units, like the rest
 * of hpolint), the offset of its first character and its length, for error messages with a caret.
 */
public record Span(int offset, int line, int column, int length) {
  public static final Span NONE = new Span(0, 0, 0, 0);
}
