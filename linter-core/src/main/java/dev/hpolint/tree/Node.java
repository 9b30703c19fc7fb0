package dev.hpolint.tree;

import dev.hpolint.source.Range;

/**
 * A value of a parsed document. JSON and YAML produce the same kinds of node; every node knows the
 * exact span of text it came from and where it sits in its document, so that any finding can be
 * reported at a line and column and under a JSON Pointer.
 */
public abstract sealed class Node
    permits ObjectNode, ArrayNode, StringNode, NumberNode, BooleanNode, NullNode {
  private final Range range;
  private Node parent;
  private String keyInParent;
  private int indexInParent = -1;
  private Member member;

  protected Node(Range range) {
    this.range = range;
  }

  public Range range() {
    return range;
  }

  /** The JSON type name: object, array, string, number, boolean or null. */
  public abstract String typeName();

  public Node parent() {
    return parent;
  }

  /** The member name under which the parent object holds this node, or null. */
  public String keyInParent() {
    return keyInParent;
  }

  /** The index at which the parent array holds this node, or -1. */
  public int indexInParent() {
    return indexInParent;
  }

  void attach(Node parent, String key, int index) {
    attach(parent, key, index, null);
  }

  void attach(Node parent, String key, int index, Member member) {
    if (this.parent != null) {
      throw new IllegalStateException("node already has a parent");
    }
    this.parent = parent;
    this.keyInParent = key;
    this.indexInParent = index;
    this.member = member;
  }

  /** The RFC 6901 JSON Pointer of this node within its document ("" for the root). */
  public String pointer() {
    return JsonPointer.of(this);
  }

  /** The member of the parent object that holds this node, or null. */
  public Member memberInParent() {
    return member;
  }
}
