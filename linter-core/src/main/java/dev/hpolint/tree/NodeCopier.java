package dev.hpolint.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * Deep copies of nodes, for YAML aliases: each place an alias is used gets nodes of its own, so
 * that every node has one parent and one JSON Pointer. The copies keep the ranges of the anchored
 * original, which is where the user has to make any change.
 */
final class NodeCopier {

  private NodeCopier() {}

  static Node copy(Node node) {
    if (node instanceof ObjectNode object) {
      return new ObjectNode(object.range(), copyMembers(object));
    }
    if (node instanceof ArrayNode array) {
      List<Node> items = new ArrayList<>(array.size());
      for (Node item : array.items()) {
        items.add(copy(item));
      }
      return new ArrayNode(array.range(), items);
    }
    if (node instanceof StringNode string) {
      return new StringNode(
          string.range(),
          string.value(),
          string.style(),
          string.yaml11Reading(),
          string.isYamlTimestamp());
    }
    if (node instanceof NumberNode number) {
      return number.isFinite()
          ? new NumberNode(number.range(), number.raw(), number.value(), number.isIntegerLiteral())
          : NumberNode.nonFinite(number.range(), number.raw(), number.doubleValue());
    }
    if (node instanceof BooleanNode bool) {
      return new BooleanNode(bool.range(), bool.value());
    }
    return new NullNode(node.range());
  }

  static List<Member> copyMembers(ObjectNode object) {
    List<Member> members = new ArrayList<>(object.size());
    for (Member member : object.effectiveMembers()) {
      members.add(new Member((StringNode) copy(member.key()), copy(member.value())));
    }
    return members;
  }

  /** How many nodes a copy of this node creates, keys included. */
  static int count(Node node) {
    if (node instanceof ObjectNode object) {
      int total = 1;
      for (Member member : object.effectiveMembers()) {
        total += 1 + count(member.value());
      }
      return total;
    }
    if (node instanceof ArrayNode array) {
      int total = 1;
      for (Node item : array.items()) {
        total += count(item);
      }
      return total;
    }
    return 1;
  }
}
