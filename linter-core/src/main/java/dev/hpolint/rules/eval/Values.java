package dev.hpolint.rules.eval;

import dev.hpolint.tree.ArrayNode;
import dev.hpolint.tree.BooleanNode;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.NullNode;
import dev.hpolint.tree.NumberNode;
import dev.hpolint.tree.ObjectNode;
import dev.hpolint.tree.StringNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Conversions between values that every part of evaluation shares. */
public final class Values {

  private Values() {}

  /**
   * The value a node stands for where a scalar is wanted: a string, number or boolean node becomes
   * that scalar, an explicit null or a non-finite number becomes missing; objects and lists stay
   * nodes. Computed values are returned as they are.
   */
  public static Value scalar(Value value) {
    if (value instanceof Value.NodeRef ref) {
      Node node = ref.node();
      if (node instanceof StringNode string) {
        return new Value.Str(string.value());
      } else if (node instanceof NumberNode number) {
        return Value.of(number.value());
      } else if (node instanceof BooleanNode bool) {
        return Value.of(bool.value());
      } else if (node instanceof NullNode) {
        return Value.MISSING;
      }
    }
    return value;
  }

  public static String string(Value value) {
    return scalar(value) instanceof Value.Str s ? s.value() : null;
  }

  public static BigDecimal number(Value value) {
    return scalar(value) instanceof Value.Num n ? n.value() : null;
  }

  /** True, false, or null for unknown (missing or not a boolean). */
  public static Boolean bool(Value value) {
    return scalar(value) instanceof Value.Bool b ? b.value() : null;
  }

  public static boolean isMissing(Value value) {
    return scalar(value) instanceof Value.Missing;
  }

  public static Node node(Value value) {
    return value instanceof Value.NodeRef ref ? ref.node() : null;
  }

  /**
   * The items a value holds, for quantifiers, comprehensions and list functions: a list's items, a
   * list node's items, nothing for missing, else the value itself.
   */
  public static List<Value> items(Value value) {
    if (value instanceof Value.ListOf list) {
      return list.items();
    }
    if (value instanceof Value.Missing) {
      return List.of();
    }
    if (value instanceof Value.NodeRef ref && ref.node() instanceof ArrayNode array) {
      List<Value> items = new ArrayList<>(array.size());
      array.items().forEach(item -> items.add(new Value.NodeRef(item)));
      return items;
    }
    return List.of(value);
  }

  /** The document nodes a value holds (a node, or the nodes of a list). */
  public static List<Node> nodes(Value value) {
    if (value instanceof Value.NodeRef ref) {
      return List.of(ref.node());
    }
    if (value instanceof Value.ListOf list) {
      List<Node> nodes = new ArrayList<>();
      for (Value item : list.items()) {
        if (item instanceof Value.NodeRef ref) {
          nodes.add(ref.node());
        }
      }
      return nodes;
    }
    return List.of();
  }

  /** JSON type names, plus "missing". */
  public static String typeName(Value value) {
    if (value instanceof Value.NodeRef ref) {
      return ref.node().typeName();
    }
    if (value instanceof Value.Str) {
      return "string";
    } else if (value instanceof Value.Num) {
      return "number";
    } else if (value instanceof Value.Bool) {
      return "boolean";
    } else if (value instanceof Value.ListOf) {
      return "array";
    }
    return "missing";
  }

  /** How many items: list items, a list node's items, an object's members, 0 for missing. */
  public static int count(Value value) {
    if (value instanceof Value.NodeRef ref) {
      if (ref.node() instanceof ArrayNode array) {
        return array.size();
      }
      if (ref.node() instanceof ObjectNode object) {
        return object.size();
      }
      return 1;
    }
    if (value instanceof Value.ListOf list) {
      return list.items().size();
    }
    return value instanceof Value.Missing ? 0 : 1;
  }

  /** The value as text: a string as it is, a number as written, a boolean as true or false. */
  public static String text(Value value) {
    if (value instanceof Value.NodeRef ref && ref.node() instanceof NumberNode number) {
      return number.raw();
    }
    Value scalar = scalar(value);
    if (scalar instanceof Value.Str s) {
      return s.value();
    } else if (scalar instanceof Value.Num n) {
      return n.value().stripTrailingZeros().toPlainString();
    } else if (scalar instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    }
    return null;
  }

  /**
   * Equality of two scalars: true, false, or null for unknown (a side missing, the types differ, or
   * a side is not a scalar).
   */
  public static Boolean equal(Value a, Value b) {
    Value x = scalar(a);
    Value y = scalar(b);
    if (x instanceof Value.Str s && y instanceof Value.Str t) {
      return s.value().equals(t.value());
    }
    if (x instanceof Value.Num m && y instanceof Value.Num n) {
      return m.value().compareTo(n.value()) == 0;
    }
    if (x instanceof Value.Bool p && y instanceof Value.Bool q) {
      return p.value() == q.value();
    }
    return null;
  }
}
