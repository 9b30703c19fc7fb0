package dev.hpolint.rules.parse;

import dev.hpolint.rules.ast.Span;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Maps positions of a parse back to the rule file. The file itself is parsed at offset zero; a
 * template hole is parsed on its own, and its positions are shifted to where the hole stands.
 */
record Offsets(int offset, int line, int column) {
  static final Offsets FILE = new Offsets(0, 0, 0);

  int line(int zeroBasedLine) {
    return line + zeroBasedLine;
  }

  int column(int zeroBasedLine, int column) {
    return zeroBasedLine == 0 ? this.column + column : column;
  }

  Span span(Token start, Token stop) {
    int startIndex = start.getStartIndex();
    int stopIndex =
        stop == null || stop.getStopIndex() < startIndex
            ? start.getStopIndex()
            : stop.getStopIndex();
    return new Span(
        offset + startIndex,
        line(start.getLine() - 1),
        column(start.getLine() - 1, start.getCharPositionInLine()),
        Math.max(1, stopIndex - startIndex + 1));
  }

  static String textOf(Token start, Token stop) {
    return start.getInputStream().getText(Interval.of(start.getStartIndex(), stop.getStopIndex()));
  }
}
