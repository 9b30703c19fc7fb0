package dev.hpolint.tree;

import dev.hpolint.source.Range;

/** A string value, or an object key. */
public final class StringNode extends Node {
  private final String value;
  private final ScalarStyle style;

  public StringNode(Range range, String value, ScalarStyle style) {
    super(range);
    this.value = value;
    this.style = style;
  }

  @Override
  public String typeName() {
    return "string";
  }

  public String value() {
    return value;
  }

  public ScalarStyle style() {
    return style;
  }

  /** True when this node is the key of a member rather than a value. */
  public boolean isKey() {
    Member member = memberInParent();
    return member != null && member.key() == this;
  }
}
