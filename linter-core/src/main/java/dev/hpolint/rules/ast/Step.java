package dev.hpolint.rules.ast;

import java.util.List;

/** One step of a path: from each node reached so far to the nodes it leads to. */
public sealed interface Step {
  Span span();

  /** {@code .Name} or {@code ["Name"]}: a member or map entry. */
  record Member(String name, Span span) implements Step {}

  /** {@code .(A | B)}: whichever of the named members exist. */
  record Alternatives(List<String> names, Span span) implements Step {
    public Alternatives {
      names = List.copyOf(names);
    }
  }

  /** {@code .^}: the parent. */
  record Up(Span span) implements Step {}

  /** {@code ..Name}: every member of that name at any depth below. */
  record Descendant(String name, Span span) implements Step {}

  /** {@code [*]}: every item of a list or value of a map. */
  record Wildcard(Span span) implements Step {}

  /** {@code [expr]}: an item by position (a number) or a member by name (a string). */
  record Index(Expr key, Span span) implements Step {}
}
