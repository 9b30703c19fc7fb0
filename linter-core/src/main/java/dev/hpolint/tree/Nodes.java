package dev.hpolint.tree;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Walks over the values of a document, for the checks that look at every value. */
public final class Nodes {

  private Nodes() {}

  /**
   * Visits a node and every value below it (member values and list items, not keys) in document
   * order, without recursion so that depth costs no stack.
   */
  public static void forEachValue(Node root, Consumer<Node> visitor) {
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      visitor.accept(node);
      if (node instanceof ObjectNode object) {
        List<Member> members = object.members();
        for (int i = members.size() - 1; i >= 0; i--) {
          pending.push(members.get(i).value());
        }
      } else if (node instanceof ArrayNode array) {
        List<Node> items = array.items();
        for (int i = items.size() - 1; i >= 0; i--) {
          pending.push(items.get(i));
        }
      }
    }
  }
}
