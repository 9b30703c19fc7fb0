package dev.hpolint.rules.ast;

import dev.hpolint.diagnostic.Severity;
import java.util.List;

/**
 * One rule as written. Optional parts are null (a single clause) or empty (repeatable clauses).
 *
 * @param severity the rule's own severity, which {@code hpolint rules} lists
 * @param severityOverrides {@code severity S when EXPR} clauses, tried in order per finding
 * @param forEach the nodes the rule looks at; null means the document root
 * @param when the condition; null means always
 * @param reportAt where to report; null means the selected node
 */
public record RuleDecl(
    String id,
    Span span,
    Severity severity,
    List<SeverityOverride> severityOverrides,
    String summary,
    ForEach forEach,
    List<Let> lets,
    Expr when,
    Expr reportAt,
    Template message,
    List<Related> related,
    List<FixDecl> fixes) {

  public RuleDecl {
    severityOverrides = List.copyOf(severityOverrides);
    lets = List.copyOf(lets);
    related = List.copyOf(related);
    fixes = List.copyOf(fixes);
  }

  public record SeverityOverride(Severity severity, Expr when, Span span) {}

  /** {@code for each path as variable}; variable may be null. */
  public record ForEach(Expr path, String variable, Span span) {}

  public record Let(String name, Expr value, Span span) {}

  public record Related(Expr at, Template text, Span span) {}

  /** A fix: its title, whether it is safe (always, or when safeWhen holds), and its edits. */
  public record FixDecl(
      Template title, boolean safe, Expr safeWhen, List<FixOp> operations, Span span) {
    public FixDecl {
      operations = List.copyOf(operations);
    }
  }

  public sealed interface FixOp {
    Span span();

    Expr target();
  }

  public record SetValue(Expr target, Expr value, Span span) implements FixOp {}

  public record Remove(Expr target, Span span) implements FixOp {}

  public record Rename(Expr target, Expr newName, Span span) implements FixOp {}
}
