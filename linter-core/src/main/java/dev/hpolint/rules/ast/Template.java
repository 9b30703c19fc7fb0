package dev.hpolint.rules.ast;

import java.util.List;

/** A message, related text or fix title: literal text with {@code {expr}} holes. */
public record Template(List<Part> parts, Span span) {

  public Template {
    parts = List.copyOf(parts);
  }

  public sealed interface Part {}

  public record Text(String text) implements Part {}

  public record Hole(Expr expr) implements Part {}
}
