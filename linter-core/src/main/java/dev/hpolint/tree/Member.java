package dev.hpolint.tree;

import dev.hpolint.source.Range;

/** One key and its value inside an object. */
public record Member(StringNode key, Node value) {

  public String name() {
    return key.value();
  }

  /** From the start of the key to the end of the value. */
  public Range range() {
    return key.range().union(value.range());
  }
}
