package dev.hpolint.rules.eval;

import dev.hpolint.rules.ast.BinaryOp;
import dev.hpolint.rules.ast.Expr;
import dev.hpolint.rules.ast.Step;
import dev.hpolint.tree.ArrayNode;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Evaluates expressions over one document. Odd documents never make it throw: a missing member, a
 * wrong type or a null gives {@link Value#MISSING}, which comparisons and logic treat as unknown.
 * Every step is paid for from the document's {@link Budget}.
 */
public final class Evaluator {
  private final FunctionRegistry functions;
  private final Budget budget;
  private final Node root;

  public Evaluator(FunctionRegistry functions, Budget budget, Node root) {
    this.functions = functions;
    this.budget = budget;
    this.root = root;
  }

  /** True only when the expression is true; false and unknown are both "no". */
  public boolean holds(Expr expr, Scope scope) {
    return Values.bool(eval(expr, scope)) == Boolean.TRUE;
  }

  public Value eval(Expr expr, Scope scope) {
    budget.spend(1);
    if (expr instanceof Expr.StringLiteral e) {
      return new Value.Str(e.value());
    } else if (expr instanceof Expr.NumberLiteral e) {
      return new Value.Num(e.value());
    } else if (expr instanceof Expr.BooleanLiteral e) {
      return Value.of(e.value());
    } else if (expr instanceof Expr.NullLiteral) {
      return Value.MISSING;
    } else if (expr instanceof Expr.ListLiteral e) {
      List<Value> items = new ArrayList<>(e.items().size());
      e.items().forEach(item -> items.add(eval(item, scope)));
      return new Value.ListOf(items);
    } else if (expr instanceof Expr.Root) {
      return new Value.NodeRef(root);
    } else if (expr instanceof Expr.This) {
      return scope.current();
    } else if (expr instanceof Expr.Parent) {
      Node node = Values.node(scope.current());
      return node == null || node.parent() == null
          ? Value.MISSING
          : new Value.NodeRef(node.parent());
    } else if (expr instanceof Expr.NameRef e) {
      Value bound = scope.lookup(e.name());
      return bound != null ? bound : member(scope.current(), e.name());
    } else if (expr instanceof Expr.Call e) {
      return call(e, scope);
    } else if (expr instanceof Expr.Path e) {
      return path(e, scope);
    } else if (expr instanceof Expr.Union e) {
      return union(e, scope);
    } else if (expr instanceof Expr.Not e) {
      Boolean operand = Values.bool(eval(e.operand(), scope));
      return operand == null ? Value.MISSING : Value.of(!operand);
    } else if (expr instanceof Expr.Negate e) {
      BigDecimal operand = Values.number(eval(e.operand(), scope));
      return operand == null ? Value.MISSING : new Value.Num(operand.negate());
    } else if (expr instanceof Expr.Binary e) {
      return binary(e, scope);
    } else if (expr instanceof Expr.Quantifier e) {
      return quantifier(e, scope);
    } else if (expr instanceof Expr.Comprehension e) {
      return comprehension(e, scope);
    } else if (expr instanceof Expr.Conditional e) {
      return holds(e.condition(), scope) ? eval(e.yes(), scope) : eval(e.no(), scope);
    }
    throw new IllegalStateException("unknown expression " + expr);
  }

  private Value member(Value of, String name) {
    return Values.node(of) instanceof ObjectNode object && object.get(name) != null
        ? new Value.NodeRef(object.get(name))
        : Value.MISSING;
  }

  private Value call(Expr.Call call, Scope scope) {
    FunctionSpec spec = functions.lookup(call.function());
    if (spec == null) {
      // The loader refuses unknown functions; a rule that got here anyway just knows nothing.
      return Value.MISSING;
    }
    List<Value> arguments = new ArrayList<>(call.arguments().size());
    for (Expr argument : call.arguments()) {
      arguments.add(eval(argument, scope));
    }
    return spec.implementation().apply(arguments, budget);
  }

  // ---- paths

  private Value path(Expr.Path path, Scope scope) {
    Value start = eval(path.start(), scope);
    boolean many = start instanceof Value.ListOf;
    List<Node> nodes = Values.nodes(start);
    for (Step step : path.steps()) {
      if (step instanceof Step.Wildcard
          || step instanceof Step.Descendant
          || step instanceof Step.Alternatives) {
        many = true;
      }
      nodes = step(step, nodes, scope);
      if (nodes.isEmpty()) {
        break;
      }
    }
    if (many) {
      return nodeList(nodes);
    }
    return nodes.isEmpty() ? Value.MISSING : new Value.NodeRef(nodes.get(0));
  }

  private List<Node> step(Step step, List<Node> nodes, Scope scope) {
    List<Node> next = new ArrayList<>();
    if (step instanceof Step.Index index) {
      Value key = Values.scalar(eval(index.key(), scope));
      for (Node node : nodes) {
        budget.spend(1);
        Node found = at(node, key);
        if (found != null) {
          next.add(found);
        }
      }
      return next;
    }
    for (Node node : nodes) {
      budget.spend(1);
      if (step instanceof Step.Member member) {
        if (node instanceof ObjectNode object && object.get(member.name()) != null) {
          next.add(object.get(member.name()));
        }
      } else if (step instanceof Step.Alternatives alternatives) {
        if (node instanceof ObjectNode object) {
          for (String name : alternatives.names()) {
            if (object.get(name) != null) {
              next.add(object.get(name));
            }
          }
        }
      } else if (step instanceof Step.Up) {
        if (node.parent() != null) {
          next.add(node.parent());
        }
      } else if (step instanceof Step.Wildcard) {
        if (node instanceof ArrayNode array) {
          next.addAll(array.items());
        } else if (node instanceof ObjectNode object) {
          object.effectiveMembers().forEach(m -> next.add(m.value()));
        }
      } else if (step instanceof Step.Descendant descendant) {
        descendants(node, descendant.name(), next);
      }
    }
    return step instanceof Step.Up ? distinct(next) : next;
  }

  private static Node at(Node node, Value key) {
    if (key instanceof Value.Str name && node instanceof ObjectNode object) {
      return object.get(name.value());
    }
    if (key instanceof Value.Num number && node instanceof ArrayNode array) {
      BigDecimal value = number.value();
      if (value.stripTrailingZeros().scale() > 0) {
        return null;
      }
      long index = value.longValue();
      if (index < 0) {
        index += array.size();
      }
      return index >= 0 && index < array.size() ? array.items().get((int) index) : null;
    }
    return null;
  }

  /** Every value of a member called name below node, in document order. */
  private void descendants(Node node, String name, List<Node> into) {
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(node);
    while (!pending.isEmpty()) {
      budget.spend(1);
      Node current = pending.pop();
      List<Node> children = new ArrayList<>();
      if (current instanceof ObjectNode object) {
        for (Member member : object.effectiveMembers()) {
          if (member.name().equals(name)) {
            into.add(member.value());
          }
          children.add(member.value());
        }
      } else if (current instanceof ArrayNode array) {
        children.addAll(array.items());
      }
      Collections.reverse(children);
      children.forEach(pending::push);
    }
  }

  private Value union(Expr.Union union, Scope scope) {
    List<Value> items = new ArrayList<>();
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Expr alternative : union.alternatives()) {
      for (Value item : Values.items(flattenNode(eval(alternative, scope)))) {
        Node node = Values.node(item);
        if (node == null || seen.add(node)) {
          items.add(item);
        }
      }
    }
    return new Value.ListOf(items);
  }

  /** A single list node stays one item in a union; only lists of values are spread. */
  private static Value flattenNode(Value value) {
    return value instanceof Value.NodeRef ? new Value.ListOf(List.of(value)) : value;
  }

  private static Value nodeList(List<Node> nodes) {
    List<Value> items = new ArrayList<>(nodes.size());
    nodes.forEach(node -> items.add(new Value.NodeRef(node)));
    return new Value.ListOf(items);
  }

  private static List<Node> distinct(List<Node> nodes) {
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Node> result = new ArrayList<>();
    for (Node node : nodes) {
      if (seen.add(node)) {
        result.add(node);
      }
    }
    return result;
  }

  // ---- operators

  private Value binary(Expr.Binary binary, Scope scope) {
    BinaryOp op = binary.op();
    if (op == BinaryOp.AND || op == BinaryOp.OR) {
      return logic(op == BinaryOp.AND, binary, scope);
    }
    Value left = eval(binary.left(), scope);
    if (op == BinaryOp.COALESCE) {
      return absent(left) ? eval(binary.right(), scope) : left;
    }
    Value right = eval(binary.right(), scope);
    switch (op) {
      case EQ, NE -> {
        Boolean equal = Values.equal(left, right);
        return equal == null ? Value.MISSING : Value.of(equal == (op == BinaryOp.EQ));
      }
      case LT, LE, GT, GE -> {
        BigDecimal a = Values.number(left);
        BigDecimal b = Values.number(right);
        if (a == null || b == null) {
          return Value.MISSING;
        }
        int c = a.compareTo(b);
        return Value.of(
            switch (op) {
              case LT -> c < 0;
              case LE -> c <= 0;
              case GT -> c > 0;
              default -> c >= 0;
            });
      }
      case IN, NOT_IN -> {
        Boolean in = membership(left, right);
        return in == null ? Value.MISSING : Value.of(in == (op == BinaryOp.IN));
      }
      default -> {
        return arithmetic(op, left, right);
      }
    }
  }

  private static boolean absent(Value value) {
    return Values.isMissing(value)
        || (value instanceof Value.ListOf list && list.items().isEmpty());
  }

  private Value logic(boolean and, Expr.Binary binary, Scope scope) {
    Boolean left = Values.bool(eval(binary.left(), scope));
    // false decides an 'and', true decides an 'or', whatever the other side is.
    if (left != null && left != and) {
      return Value.of(left);
    }
    Boolean right = Values.bool(eval(binary.right(), scope));
    if (right != null && right != and) {
      return Value.of(right);
    }
    return left == null || right == null ? Value.MISSING : Value.of(and);
  }

  private Boolean membership(Value element, Value list) {
    if (Values.isMissing(element) || Values.isMissing(list)) {
      return null;
    }
    boolean unknown = false;
    for (Value item : Values.items(list)) {
      budget.spend(1);
      Boolean equal = Values.equal(element, item);
      if (equal == Boolean.TRUE) {
        return true;
      }
      unknown |= equal == null && Values.scalar(element) instanceof Value.NodeRef;
    }
    return unknown ? null : false;
  }

  private static Value arithmetic(BinaryOp op, Value left, Value right) {
    if (op == BinaryOp.ADD) {
      String a = Values.scalar(left) instanceof Value.Str s ? s.value() : null;
      String b = Values.scalar(right) instanceof Value.Str s ? s.value() : null;
      if (a != null && b != null) {
        return new Value.Str(a + b);
      }
    }
    BigDecimal a = Values.number(left);
    BigDecimal b = Values.number(right);
    if (a == null || b == null) {
      return Value.MISSING;
    }
    try {
      return switch (op) {
        case ADD -> new Value.Num(a.add(b));
        case SUBTRACT -> new Value.Num(a.subtract(b));
        case MULTIPLY -> new Value.Num(a.multiply(b, MathContext.DECIMAL128));
        case DIVIDE ->
            b.signum() == 0 ? Value.MISSING : new Value.Num(a.divide(b, MathContext.DECIMAL128));
        case REMAINDER ->
            b.signum() == 0 ? Value.MISSING : new Value.Num(a.remainder(b, MathContext.DECIMAL128));
        default -> Value.MISSING;
      };
    } catch (ArithmeticException e) {
      // Exponents beyond what BigDecimal holds: a value nobody can reason about.
      return Value.MISSING;
    }
  }

  private Value quantifier(Expr.Quantifier quantifier, Scope scope) {
    boolean unknown = false;
    for (Value item : Values.items(eval(quantifier.source(), scope))) {
      Boolean result =
          Values.bool(eval(quantifier.condition(), scope.bind(quantifier.variable(), item)));
      if (result == null) {
        unknown = true;
      } else if (result != quantifier.all()) {
        // One counter-example decides 'all'; one example decides 'any'.
        return Value.of(result);
      }
    }
    return unknown ? Value.MISSING : Value.of(quantifier.all());
  }

  private Value comprehension(Expr.Comprehension comprehension, Scope scope) {
    List<Value> results = new ArrayList<>();
    for (Value item : Values.items(eval(comprehension.source(), scope))) {
      Scope inner = scope.bind(comprehension.variable(), item);
      if (comprehension.filter() != null && !holds(comprehension.filter(), inner)) {
        continue;
      }
      Value element = eval(comprehension.element(), inner);
      if (!(element instanceof Value.Missing)) {
        results.add(element);
      }
    }
    return new Value.ListOf(results);
  }
}
