package dev.hpolint.rules.eval;

import dev.hpolint.tree.Node;
import java.math.BigDecimal;
import java.util.List;

/**
 * A value during evaluation: a document node, a computed string, number or boolean, a list, or
 * {@link #MISSING}, which stands for "nothing there" and for "unknown" in three-valued logic.
 */
public sealed interface Value {
  Missing MISSING = new Missing();
  Bool TRUE = new Bool(true);
  Bool FALSE = new Bool(false);

  static Bool of(boolean value) {
    return value ? TRUE : FALSE;
  }

  static Value ofNullable(String value) {
    return value == null ? MISSING : new Str(value);
  }

  static Value of(BigDecimal value) {
    return value == null ? MISSING : new Num(value);
  }

  static Value of(long value) {
    return new Num(BigDecimal.valueOf(value));
  }

  /** Nothing selected, or a result that is not known. */
  record Missing() implements Value {}

  record Bool(boolean value) implements Value {}

  record Num(BigDecimal value) implements Value {}

  /** A string computed by the rule (not read from the document). */
  record Str(String value) implements Value {}

  /** A node of the document. */
  record NodeRef(Node node) implements Value {}

  record ListOf(List<Value> items) implements Value {
    public ListOf {
      items = List.copyOf(items);
    }
  }
}
