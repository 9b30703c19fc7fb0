package dev.hpolint.rules.load;

import dev.hpolint.rules.RuleProblems;
import dev.hpolint.rules.ast.BinaryOp;
import dev.hpolint.rules.ast.Expr;
import dev.hpolint.rules.ast.RuleDecl;
import dev.hpolint.rules.ast.Span;
import dev.hpolint.rules.ast.Step;
import dev.hpolint.rules.ast.Template;
import dev.hpolint.rules.eval.FunctionRegistry;
import dev.hpolint.rules.eval.FunctionSpec;
import dev.hpolint.schema.SchemaModel;
import dev.hpolint.schema.Shape;
import dev.hpolint.schema.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The load-time checks of a rule: every function exists and gets its number of arguments, every
 * path can exist in the API model, every name is a variable or a member, values compared one to one
 * are single, and reports and fixes point at nodes. Problems are collected, never thrown.
 */
final class RuleChecker {
  /** Expressions nested deeper than this are refused, which also bounds evaluation's recursion. */
  static final int MAX_DEPTH = 60;

  private final SchemaModel schema;
  private final FunctionRegistry functions;
  private final RuleProblems problems;
  private final Set<String> allMembers;
  private int depth;

  RuleChecker(SchemaModel schema, FunctionRegistry functions, RuleProblems problems) {
    this.schema = schema;
    this.functions = functions;
    this.problems = problems;
    this.allMembers = schema.allMemberNames();
  }

  /** The names in scope and the node relative paths start from. */
  private record Env(StaticType current, Map<String, StaticType> variables) {
    Env bind(String name, StaticType type) {
      Map<String, StaticType> more = new HashMap<>(variables);
      more.put(name, type);
      return new Env(current, more);
    }
  }

  void check(RuleDecl rule) {
    StaticType root = rootType();
    Env env = new Env(root, Map.of());
    if (rule.forEach() != null) {
      StaticType selected = expr(rule.forEach().path(), env).single();
      env = new Env(selected, Map.of());
      if (rule.forEach().variable() != null) {
        env = bind(env, rule.forEach().variable(), selected, rule.forEach().span());
      }
    }
    for (RuleDecl.Let let : rule.lets()) {
      StaticType value = expr(let.value(), env);
      env = bind(env, let.name(), value, let.span());
    }
    if (rule.when() != null) {
      expr(rule.when(), env);
    }
    for (RuleDecl.SeverityOverride override : rule.severityOverrides()) {
      expr(override.when(), env);
    }
    if (rule.reportAt() != null) {
      node(rule.reportAt(), env, "report at");
    }
    template(rule.message(), env);
    for (RuleDecl.Related related : rule.related()) {
      node(related.at(), env, "related");
      template(related.text(), env);
    }
    for (RuleDecl.FixDecl fix : rule.fixes()) {
      template(fix.title(), env);
      if (fix.safeWhen() != null) {
        expr(fix.safeWhen(), env);
      }
      for (RuleDecl.FixOp op : fix.operations()) {
        node(op.target(), env, "a fix");
        if (op instanceof RuleDecl.SetValue set) {
          single(set.value(), expr(set.value(), env), "the value a fix sets");
        } else if (op instanceof RuleDecl.Rename rename) {
          single(rename.newName(), expr(rename.newName(), env), "a new name");
        }
      }
    }
  }

  private StaticType rootType() {
    Shape root = schema.root();
    return StaticType.nodes(false, Set.of(new StaticType.Chain(List.of(root), true)));
  }

  private Env bind(Env env, String name, StaticType type, Span span) {
    if (env.variables().containsKey(name)) {
      problems.add(span, "the name '" + name + "' is already bound in this rule; choose another");
    } else if (hasMember(env.current(), name)) {
      problems.add(
          span,
          "the name '"
              + name
              + "' would hide the member "
              + name
              + " of the selected node; choose another (variables are usually lower case)");
    }
    return env.bind(name, type);
  }

  private boolean hasMember(StaticType type, String name) {
    if (!type.knowsShapes()) {
      return false;
    }
    for (StaticType.Chain chain : type.shapes()) {
      Shape shape = chain.last();
      if (shape != null && shape.isStructure() && shape.properties().containsKey(name)) {
        return true;
      }
    }
    return false;
  }

  private void template(Template template, Env env) {
    for (Template.Part part : template.parts()) {
      if (part instanceof Template.Hole hole) {
        expr(hole.expr(), env);
      }
    }
  }

  private void node(Expr expr, Env env, String what) {
    StaticType type = expr(expr, env);
    if (type.computed()) {
      problems.add(expr.span(), what + " needs a node of the document, not a computed value");
    } else {
      single(expr, type, what);
    }
  }

  private void single(Expr expr, StaticType type, String what) {
    if (type.many()) {
      problems.add(
          expr.span(),
          what
              + " needs one node, but this can select many; pick one with first(...) or select"
              + " each with 'for each'");
    }
  }

  // ---- expressions

  StaticType expr(Expr expr, Env env) {
    if (++depth > MAX_DEPTH) {
      depth--;
      problems.add(expr.span(), "this expression nests more than " + MAX_DEPTH + " deep");
      return StaticType.UNKNOWN_NODE;
    }
    try {
      return check(expr, env);
    } finally {
      depth--;
    }
  }

  private StaticType check(Expr expr, Env env) {
    if (expr instanceof Expr.StringLiteral
        || expr instanceof Expr.NumberLiteral
        || expr instanceof Expr.BooleanLiteral
        || expr instanceof Expr.NullLiteral) {
      return StaticType.VALUE;
    } else if (expr instanceof Expr.ListLiteral e) {
      e.items().forEach(item -> expr(item, env));
      return StaticType.VALUES;
    } else if (expr instanceof Expr.Root) {
      return rootType();
    } else if (expr instanceof Expr.This) {
      return env.current();
    } else if (expr instanceof Expr.Parent e) {
      return up(env.current(), e.span());
    } else if (expr instanceof Expr.NameRef e) {
      StaticType variable = env.variables().get(e.name());
      return variable != null ? variable : member(env.current(), e.name(), e.span(), true);
    } else if (expr instanceof Expr.Call e) {
      return call(e, env);
    } else if (expr instanceof Expr.Path e) {
      return path(e, env);
    } else if (expr instanceof Expr.Union e) {
      StaticType result = null;
      for (Expr alternative : e.alternatives()) {
        StaticType type = expr(alternative, env);
        result = result == null ? type.asMany() : StaticType.either(result, type, true);
      }
      return result;
    } else if (expr instanceof Expr.Not e) {
      single(e.operand(), expr(e.operand(), env), "'not'");
      return StaticType.VALUE;
    } else if (expr instanceof Expr.Negate e) {
      single(e.operand(), expr(e.operand(), env), "'-'");
      return StaticType.VALUE;
    } else if (expr instanceof Expr.Binary e) {
      return binary(e, env);
    } else if (expr instanceof Expr.Quantifier e) {
      StaticType source = expr(e.source(), env);
      expr(e.condition(), bind(env, e.variable(), elements(source), e.span()));
      return StaticType.VALUE;
    } else if (expr instanceof Expr.Comprehension e) {
      StaticType source = expr(e.source(), env);
      Env inner = bind(env, e.variable(), elements(source), e.span());
      if (e.filter() != null) {
        expr(e.filter(), inner);
      }
      return expr(e.element(), inner).asMany();
    } else if (expr instanceof Expr.Conditional e) {
      expr(e.condition(), env);
      StaticType yes = expr(e.yes(), env);
      StaticType no = expr(e.no(), env);
      return StaticType.either(yes, no, yes.many() || no.many());
    }
    return StaticType.UNKNOWN_NODE;
  }

  private StaticType binary(Expr.Binary e, Env env) {
    StaticType left = expr(e.left(), env);
    StaticType right = expr(e.right(), env);
    BinaryOp op = e.op();
    if (op == BinaryOp.COALESCE) {
      return StaticType.either(left, right, left.many() || right.many());
    }
    String symbol = "'" + op.symbol() + "'";
    single(e.left(), left, symbol);
    if (op != BinaryOp.IN && op != BinaryOp.NOT_IN) {
      single(e.right(), right, symbol);
    }
    return StaticType.VALUE;
  }

  /** The type of one item of a source: one of its nodes, or an item of a single list node. */
  private StaticType elements(StaticType source) {
    if (source.many() || !source.knowsShapes()) {
      return source.single();
    }
    Set<StaticType.Chain> items = new LinkedHashSet<>();
    for (StaticType.Chain chain : source.shapes()) {
      Shape shape = chain.last();
      if (shape != null && shape.isList()) {
        items.add(chain.child(schema.shape(shape.itemShape())));
      } else {
        items.add(chain);
      }
    }
    return StaticType.nodes(false, items);
  }

  private StaticType call(Expr.Call call, Env env) {
    List<StaticType> arguments = new ArrayList<>();
    call.arguments().forEach(argument -> arguments.add(expr(argument, env)));
    FunctionSpec spec = functions.lookup(call.function());
    if (spec == null) {
      String closest = Suggestions.closest(call.function(), functions.names());
      problems.add(
          call.span(),
          "unknown function '"
              + call.function()
              + "'"
              + (closest != null ? "; did you mean '" + closest + "'?" : ""));
      return StaticType.UNKNOWN_NODE;
    }
    int count = arguments.size();
    if (count < spec.minArguments() || count > spec.maxArguments()) {
      problems.add(
          call.span(),
          call.function()
              + "() takes "
              + spec.minArguments()
              + (spec.maxArguments() == 1 ? " argument" : " arguments")
              + ", not "
              + count);
      return StaticType.UNKNOWN_NODE;
    }
    StaticType first = arguments.isEmpty() ? StaticType.VALUE : arguments.get(0);
    return switch (spec.result()) {
      case SCALAR -> StaticType.VALUE;
      case LIST -> StaticType.VALUES;
      case ITEM_OF_FIRST -> elements(first);
      case ITEMS_OF_FIRST -> elements(first).asMany();
      case KEYS -> StaticType.nodes(true, null);
      case KEY -> StaticType.nodes(false, null);
    };
  }

  private StaticType path(Expr.Path path, Env env) {
    StaticType type = expr(path.start(), env);
    if (type.computed()) {
      problems.add(
          path.steps().get(0).span(),
          "only nodes of the document have members; this is a computed value");
      return StaticType.UNKNOWN_NODE;
    }
    for (Step step : path.steps()) {
      type = step(type, step, env);
    }
    return type;
  }

  private StaticType step(StaticType type, Step step, Env env) {
    if (step instanceof Step.Member member) {
      return member(type, member.name(), member.span(), false);
    } else if (step instanceof Step.Alternatives alternatives) {
      StaticType result = null;
      for (String name : alternatives.names()) {
        StaticType one = member(type, name, alternatives.span(), false);
        result = result == null ? one : StaticType.either(result, one, true);
      }
      return result.asMany();
    } else if (step instanceof Step.Up up) {
      return up(type, up.span());
    } else if (step instanceof Step.Descendant descendant) {
      return descendants(descendant);
    } else if (step instanceof Step.Wildcard wildcard) {
      return items(type, wildcard.span(), "[*]").asMany();
    } else if (step instanceof Step.Index index) {
      single(index.key(), expr(index.key(), env), "an index");
      return items(type, index.span(), "[...]");
    }
    return StaticType.UNKNOWN_NODE;
  }

  private StaticType member(StaticType type, String name, Span span, boolean bare) {
    if (!type.knowsShapes()) {
      return new StaticType(type.many(), false, null);
    }
    Set<StaticType.Chain> found = new LinkedHashSet<>();
    Set<String> structureMembers = new TreeSet<>();
    List<String> lists = new ArrayList<>();
    List<String> scalars = new ArrayList<>();
    for (StaticType.Chain chain : type.shapes()) {
      Shape shape = chain.last();
      if (shape == null) {
        return new StaticType(type.many(), false, null);
      }
      if (shape.isMap()) {
        found.add(chain.child(schema.shape(shape.valueShape())));
      } else if (shape.isStructure()) {
        Shape.Property property = shape.properties().get(name);
        if (property != null) {
          found.add(chain.child(schema.shape(property.shape())));
        } else {
          structureMembers.addAll(shape.properties().keySet());
        }
      } else if (shape.isList()) {
        lists.add(shape.name());
      } else {
        scalars.add(shape.name() + " (" + shape.type() + ")");
      }
    }
    if (!found.isEmpty()) {
      return StaticType.nodes(type.many(), found);
    }
    String what = bare ? "'" + name + "' is not a variable, and " : "";
    if (!structureMembers.isEmpty()) {
      String closest = Suggestions.closest(name, structureMembers);
      problems.add(
          span,
          what
              + (bare ? "the selected node has no member " + name : "unknown member '" + name + "'")
              + " of "
              + shapeNames(type)
              + (closest != null ? "; did you mean '" + closest + "'?" : ""));
    } else if (!lists.isEmpty()) {
      problems.add(
          span,
          what
              + "'"
              + name
              + "' is looked up on a list ("
              + String.join(", ", lists)
              + "); write [*]."
              + name
              + " to reach its items");
    } else {
      problems.add(
          span,
          what
              + "'"
              + name
              + "' is looked up on "
              + String.join(", ", scalars)
              + ", which has no members");
    }
    return new StaticType(type.many(), false, null);
  }

  private static String shapeNames(StaticType type) {
    Set<String> names = new TreeSet<>();
    type.shapes().forEach(chain -> names.add(chain.last().name()));
    return String.join(" or ", names);
  }

  private StaticType up(StaticType type, Span span) {
    if (!type.knowsShapes()) {
      return new StaticType(type.many(), false, null);
    }
    Set<StaticType.Chain> parents = new LinkedHashSet<>();
    for (StaticType.Chain chain : type.shapes()) {
      StaticType.Chain parent = chain.parent();
      if (parent == null) {
        if (chain.rooted()) {
          problems.add(span, "the document root has no parent");
        }
        return new StaticType(type.many(), false, null);
      }
      parents.add(parent);
    }
    return StaticType.nodes(type.many(), parents);
  }

  private StaticType descendants(Step.Descendant step) {
    if (!allMembers.contains(step.name())) {
      String closest = Suggestions.closest(step.name(), allMembers);
      problems.add(
          step.span(),
          "no member of the request is called '"
              + step.name()
              + "'"
              + (closest != null ? "; did you mean '" + closest + "'?" : ""));
      return StaticType.nodes(true, null);
    }
    Set<StaticType.Chain> found = new LinkedHashSet<>();
    for (Shape shape : schema.shapes().values()) {
      Shape.Property property = shape.properties().get(step.name());
      if (property != null && schema.shape(property.shape()) != null) {
        found.add(new StaticType.Chain(List.of(shape, schema.shape(property.shape())), false));
      }
    }
    return StaticType.nodes(true, found);
  }

  private StaticType items(StaticType type, Span span, String step) {
    if (!type.knowsShapes()) {
      return new StaticType(type.many(), false, null);
    }
    Set<StaticType.Chain> found = new LinkedHashSet<>();
    List<String> scalars = new ArrayList<>();
    for (StaticType.Chain chain : type.shapes()) {
      Shape shape = chain.last();
      if (shape == null || shape.isStructure()) {
        // Any member of a structure: its shape is not known in advance.
        return new StaticType(type.many(), false, null);
      } else if (shape.isList()) {
        found.add(chain.child(schema.shape(shape.itemShape())));
      } else if (shape.isMap()) {
        found.add(chain.child(schema.shape(shape.valueShape())));
      } else {
        scalars.add(shape.name() + " (" + shape.type() + ")");
      }
    }
    if (found.isEmpty()) {
      problems.add(
          span, step + " is applied to " + String.join(", ", scalars) + ", which has no items");
      return new StaticType(type.many(), false, null);
    }
    return StaticType.nodes(type.many(), found);
  }
}
