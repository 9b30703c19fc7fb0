package dev.hpolint.tree;

import dev.hpolint.source.Range;

/** {@code null} (in YAML also {@code ~} and an empty value). */
public final class NullNode extends Node {

  public NullNode(Range range) {
    super(range);
  }

  @Override
  public String typeName() {
    return "null";
  }
}
