package dev.hpolint.tree;

import dev.hpolint.source.Range;

/** {@code true} or {@code false} (in YAML also the 1.1 spellings yes, no, on, off). */
public final class BooleanNode extends Node {
  private final boolean value;

  public BooleanNode(Range range, boolean value) {
    super(range);
    this.value = value;
  }

  @Override
  public String typeName() {
    return "boolean";
  }

  public boolean value() {
    return value;
  }
}
