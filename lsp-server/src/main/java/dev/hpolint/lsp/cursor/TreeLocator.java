package dev.hpolint.lsp.cursor;

import dev.hpolint.tree.ArrayNode;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.ObjectNode;
import java.util.Optional;

/** Finds the innermost key or value of a parsed tree at an offset. */
public final class TreeLocator {

  /**
   * What the cursor is on.
   *
   * @param node the key (a string node) or the value under the cursor
   * @param member the member the node belongs to, or null for a list item or the root
   * @param onKey true when the cursor is on a member's name
   */
  public record Hit(Node node, Member member, boolean onKey) {

    /** The JSON Pointer of the value the cursor is about (for a name: the member's value). */
    public String pointer() {
      return onKey ? member.value().pointer() : node.pointer();
    }
  }

  private TreeLocator() {}

  public static Optional<Hit> at(Node root, int offset) {
    Node current = root;
    Member member = null;
    // Iterative descent: a deeply nested document must not exhaust the stack.
    while (true) {
      Node next = null;
      Member nextMember = null;
      if (current instanceof ObjectNode object) {
        for (Member candidate : object.members()) {
          if (candidate.key().range().contains(offset)) {
            return Optional.of(new Hit(candidate.key(), candidate, true));
          }
          if (candidate.value().range().contains(offset)) {
            next = candidate.value();
            nextMember = candidate;
            break;
          }
        }
      } else if (current instanceof ArrayNode array) {
        for (Node item : array.items()) {
          if (item.range().contains(offset)) {
            next = item;
            break;
          }
        }
      }
      if (next == null) {
        break;
      }
      current = next;
      member = nextMember;
    }
    return current == root ? Optional.empty() : Optional.of(new Hit(current, member, false));
  }
}
