package dev.hpolint.fix;

import dev.hpolint.diagnostic.TextEdit;
import dev.hpolint.source.SourceText;
import dev.hpolint.source.Syntax;
import dev.hpolint.tree.ArrayNode;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.ObjectNode;
import dev.hpolint.tree.StringNode;
import java.util.List;

/**
 * Builds edits on the original text for the fixes that rules offer: replace a value, rename a key,
 * remove a member. Edits touch only the span concerned, so comments, indentation and the rest of
 * the formatting stay as the user wrote them.
 */
public final class TextEdits {
  private final SourceText source;

  public TextEdits(SourceText source) {
    this.source = source;
  }

  /** Replaces a value with literal text (already written in the document's notation). */
  public TextEdit replace(Node node, String literal) {
    return new TextEdit(node.range(), literal);
  }

  /** Replaces a value with a string, written in the document's notation and the value's style. */
  public TextEdit replaceWithString(Node node, String value) {
    var style = node instanceof StringNode string ? string.style() : null;
    return replace(node, ScalarWriter.string(value, source.syntax(), style));
  }

  public TextEdit renameKey(Member member, String newName) {
    return replaceWithString(member.key(), newName);
  }

  /** Removes a member with its separator, so that what remains is still well formed. */
  public TextEdit removeMember(Member member) {
    ObjectNode object = (ObjectNode) member.value().parent();
    if (source.syntax() == Syntax.YAML && !isFlow(object)) {
      return removeBlockMember(object, member);
    }
    return removeFlowMember(object, member);
  }

  private boolean isFlow(Node collection) {
    int start = collection.range().start().offset();
    char first = start < source.text().length() ? source.text().charAt(start) : ' ';
    return first == '{' || first == '[';
  }

  private TextEdit removeFlowMember(ObjectNode object, Member member) {
    List<Member> members = object.members();
    int index = members.indexOf(member);
    String text = source.text();
    if (members.size() == 1) {
      int open = object.range().start().offset();
      int close = object.range().end().offset() - 1;
      return edit(open + 1, close, "");
    }
    if (index < members.size() - 1) {
      int start = member.key().range().start().offset();
      int next = members.get(index + 1).key().range().start().offset();
      return edit(start, next, "");
    }
    int previousEnd = contentEnd(members.get(index - 1).value());
    int end = contentEnd(member.value());
    // Keep whatever followed the previous value up to its comma out of the edit: only the comma
    // and the removed member go.
    int comma = text.indexOf(',', previousEnd);
    return edit(comma >= 0 && comma < end ? comma : previousEnd, end, "");
  }

  private TextEdit removeBlockMember(ObjectNode object, Member member) {
    String text = source.text();
    int keyStart = member.key().range().start().offset();
    int lineStart = source.lines().lineStart(member.key().range().start().line());
    String before = text.substring(lineStart, keyStart);
    List<Member> members = object.members();
    int index = members.indexOf(member);
    if (!before.isBlank()) {
      // The key shares its line with a sequence dash ("- Key: value"): pull the next member up
      // onto the dash, or leave an empty mapping.
      if (index < members.size() - 1) {
        return edit(keyStart, members.get(index + 1).key().range().start().offset(), "");
      }
      return edit(keyStart, lineEndAfter(contentEnd(member.value())), "{}");
    }
    int end = contentEnd(member.value());
    int endLine = source.position(end).line();
    int removeTo =
        endLine + 1 < source.lines().lineCount()
            ? source.lines().lineStart(endLine + 1)
            : text.length();
    return edit(lineStart, removeTo, "");
  }

  private int lineEndAfter(int offset) {
    int line = source.position(offset).line();
    return source.lines().lineEnd(line, source.text());
  }

  /**
   * Where the text of a value really ends. A YAML block collection's own range runs on to the next
   * token, past trailing comments and blank lines; its last value marks the end of its content.
   * Flow collections and JSON end with their closing bracket, which is their true end.
   */
  int contentEnd(Node node) {
    Node current = node;
    while (!isFlow(current)) {
      if (current instanceof ObjectNode object && !object.members().isEmpty()) {
        current = object.members().get(object.members().size() - 1).value();
      } else if (current instanceof ArrayNode array && !array.items().isEmpty()) {
        current = array.items().get(array.size() - 1);
      } else {
        break;
      }
    }
    return current.range().end().offset();
  }

  private TextEdit edit(int start, int end, String text) {
    return new TextEdit(source.range(start, end), text);
  }
}
