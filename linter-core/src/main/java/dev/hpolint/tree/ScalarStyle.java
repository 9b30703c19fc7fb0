package dev.hpolint.tree;

/**
 * How a scalar was written, so that a fix can replace a value in the same style (a plain YAML
 * scalar stays plain where that is safe, a quoted one keeps its quotes).
 */
public enum ScalarStyle {
  PLAIN,
  SINGLE_QUOTED,
  DOUBLE_QUOTED,
  LITERAL,
  FOLDED
}
