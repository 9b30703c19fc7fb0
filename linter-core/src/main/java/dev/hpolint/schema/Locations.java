package dev.hpolint.schema;

import dev.hpolint.source.Range;
import dev.hpolint.source.SourceText;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;

/**
 * Where to underline a finding about a whole object or list: its key when it has one, otherwise its
 * first line, so that an editor does not paint fifty lines red for one missing member.
 */
public final class Locations {

  private Locations() {}

  public static Range headline(Node node, SourceText source) {
    Member member = node.memberInParent();
    if (member != null && member.value() == node) {
      return member.key().range();
    }
    Range range = node.range();
    int start = range.start().offset();
    int lineEnd = source.lines().lineEnd(range.start().line(), source.text());
    int end = Math.min(range.end().offset(), Math.max(start + 1, lineEnd));
    while (end > start + 1 && Character.isWhitespace(source.text().charAt(end - 1))) {
      end--;
    }
    return source.range(start, Math.min(end, source.text().length()));
  }
}
