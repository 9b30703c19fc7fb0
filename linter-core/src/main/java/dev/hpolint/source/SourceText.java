package dev.hpolint.source;

import java.util.Objects;

/**
 * The text of one file or editor buffer, with the name it is shown under and its line index.
 * Immutable: an edit makes a new one.
 */
public final class SourceText {
  private final String name;
  private final String text;
  private final Syntax syntax;
  private LineIndex lineIndex;

  public SourceText(String name, String text, Syntax syntax) {
    this.name = Objects.requireNonNull(name, "name");
    this.text = Objects.requireNonNull(text, "text");
    this.syntax = Objects.requireNonNull(syntax, "syntax");
  }

  /** A source whose syntax is taken from the name, or from the content when the name says none. */
  public static SourceText of(String name, String text) {
    return new SourceText(name, text, Syntax.detect(name, text));
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  public Syntax syntax() {
    return syntax;
  }

  public synchronized LineIndex lines() {
    if (lineIndex == null) {
      lineIndex = new LineIndex(text);
    }
    return lineIndex;
  }

  public Position position(int offset) {
    return lines().position(offset);
  }

  public Range range(int startOffset, int endOffset) {
    return lines().range(startOffset, endOffset);
  }

  /** The text of a zero-based line, without its line end. */
  public String lineText(int line) {
    LineIndex index = lines();
    return text.substring(index.lineStart(line), index.lineEnd(line, text));
  }
}
