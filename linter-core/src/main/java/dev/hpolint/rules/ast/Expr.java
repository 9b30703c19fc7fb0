package dev.hpolint.rules.ast;

import java.math.BigDecimal;
import java.util.List;

/** An expression of the rule language. Every kind is an immutable record with its span. */
public sealed interface Expr {
  Span span();

  record StringLiteral(String value, Span span) implements Expr {}

  record NumberLiteral(BigDecimal value, Span span) implements Expr {}

  record BooleanLiteral(boolean value, Span span) implements Expr {}

  /** {@code null}: the missing value. */
  record NullLiteral(Span span) implements Expr {}

  record ListLiteral(List<Expr> items, Span span) implements Expr {
    public ListLiteral {
      items = List.copyOf(items);
    }
  }

  /** {@code $}. */
  record Root(Span span) implements Expr {}

  /** {@code this}: the node the rule is looking at. */
  record This(Span span) implements Expr {}

  /** {@code ^} at the start of a path: the parent of the node the rule is looking at. */
  record Parent(Span span) implements Expr {}

  /** A bare name: a variable when one of that name is bound, else a member of the current node. */
  record NameRef(String name, Span span) implements Expr {}

  record Call(String function, List<Expr> arguments, Span span) implements Expr {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }

  /** Steps applied to the nodes of a start expression. */
  record Path(Expr start, List<Step> steps, Span span) implements Expr {
    public Path {
      steps = List.copyOf(steps);
    }
  }

  /** {@code a | b}: the nodes of every alternative. */
  record Union(List<Expr> alternatives, Span span) implements Expr {
    public Union {
      alternatives = List.copyOf(alternatives);
    }
  }

  record Not(Expr operand, Span span) implements Expr {}

  record Negate(Expr operand, Span span) implements Expr {}

  record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {}

  /** {@code any x in source: condition} or {@code all ...}. */
  record Quantifier(boolean all, String variable, Expr source, Expr condition, Span span)
      implements Expr {}

  /** {@code [element for variable in source if filter]}; filter may be null. */
  record Comprehension(Expr element, String variable, Expr source, Expr filter, Span span)
      implements Expr {}

  /** {@code if condition then yes else no}. */
  record Conditional(Expr condition, Expr yes, Expr no, Span span) implements Expr {}
}
