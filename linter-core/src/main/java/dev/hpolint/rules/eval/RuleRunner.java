package dev.hpolint.rules.eval;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.RelatedLocation;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.fix.TextEdits;
import dev.hpolint.rules.ast.RuleDecl;
import dev.hpolint.schema.Locations;
import dev.hpolint.source.Range;
import dev.hpolint.source.SourceText;
import dev.hpolint.tree.ArrayNode;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs the rules of one file over one document: selection, condition, finding, fixes. */
final class RuleRunner {
  private final SourceText source;
  private final Node root;
  private final Evaluator evaluator;
  private final TemplateRenderer renderer;
  private final FixBuilder fixes;

  RuleRunner(SourceText source, Node root, FunctionRegistry functions, Budget budget) {
    this.source = source;
    this.root = root;
    this.evaluator = new Evaluator(functions, budget, root);
    this.renderer = new TemplateRenderer(evaluator);
    this.fixes = new FixBuilder(evaluator, renderer, new TextEdits(source));
  }

  void run(RuleDecl rule, Consumer<Diagnostic> report) {
    Scope top = Scope.of(new Value.NodeRef(root));
    for (Value selected : selection(rule, top)) {
      String variable = rule.forEach() == null ? null : rule.forEach().variable();
      Scope scope = Scope.of(selected).bind(variable, selected);
      for (RuleDecl.Let let : rule.lets()) {
        scope = scope.bind(let.name(), evaluator.eval(let.value(), scope));
      }
      if (rule.when() != null && !evaluator.holds(rule.when(), scope)) {
        continue;
      }
      report.accept(finding(rule, selected, scope));
    }
  }

  private List<Value> selection(RuleDecl rule, Scope top) {
    if (rule.forEach() == null) {
      return List.of(top.current());
    }
    Value selected = evaluator.eval(rule.forEach().path(), top);
    if (selected instanceof Value.ListOf list) {
      return list.items();
    }
    return selected instanceof Value.Missing ? List.of() : List.of(selected);
  }

  private Diagnostic finding(RuleDecl rule, Value selected, Scope scope) {
    Node at = rule.reportAt() == null ? null : Values.node(evaluator.eval(rule.reportAt(), scope));
    if (at == null) {
      at = Values.node(selected) != null ? Values.node(selected) : root;
    }
    List<RelatedLocation> related = new ArrayList<>();
    for (RuleDecl.Related r : rule.related()) {
      Node node = Values.node(evaluator.eval(r.at(), scope));
      if (node != null) {
        related.add(new RelatedLocation(range(node), renderer.render(r.text(), scope)));
      }
    }
    List<Fix> offered = new ArrayList<>();
    for (RuleDecl.FixDecl fix : rule.fixes()) {
      Fix built = fixes.build(fix, scope);
      if (built != null) {
        offered.add(built);
      }
    }
    return new Diagnostic(
        rule.id(),
        severity(rule, scope),
        renderer.render(rule.message(), scope),
        at.pointer(),
        range(at),
        offered,
        related);
  }

  private Severity severity(RuleDecl rule, Scope scope) {
    for (RuleDecl.SeverityOverride override : rule.severityOverrides()) {
      if (evaluator.holds(override.when(), scope)) {
        return override.severity();
      }
    }
    return rule.severity();
  }

  /** A scalar exactly; an object or list at its key (or first line), not all its lines. */
  private Range range(Node node) {
    if (node instanceof ObjectNode || node instanceof ArrayNode) {
      return Locations.headline(node, source);
    }
    return node.range();
  }
}
