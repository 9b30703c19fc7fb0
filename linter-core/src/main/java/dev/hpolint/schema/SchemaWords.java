package dev.hpolint.schema;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.tree.ArrayNode;
import dev.hpolint.tree.BooleanNode;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.NullNode;
import dev.hpolint.tree.NumberNode;
import dev.hpolint.tree.StringNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/** The words schema findings are written in: type names, quoted values, counts. */
final class SchemaWords {

  private SchemaWords() {}

  static Diagnostic finding(String id, String message, Node node) {
    return new Diagnostic(id, Severity.ERROR, message, node.pointer(), node.range());
  }

  static String typeWord(Shape shape) {
    if (shape.type() == null) {
      return "a value";
    }
    return switch (shape.type()) {
      case "string" -> "a string";
      case "integer" -> "an integer";
      case "number" -> "a number";
      case "boolean" -> "a boolean (true or false)";
      case "array" -> "a list";
      case "object" -> shape.isMap() ? "an object of names and values" : "an object";
      default -> shape.type();
    };
  }

  static String actualWord(Node node, Shape expected) {
    if (node instanceof NumberNode number) {
      if ("integer".equals(expected.type())) {
        return "the decimal number " + number.raw();
      }
      return "the number " + number.raw();
    }
    if (node instanceof StringNode string) {
      return "the string " + quote(string.value());
    }
    if (node instanceof BooleanNode bool) {
      return "the boolean " + bool.value();
    }
    if (node instanceof NullNode) {
      return "null";
    }
    return node instanceof ArrayNode ? "a list" : "an object";
  }

  static boolean isNumericShape(Shape shape) {
    return "integer".equals(shape.type()) || "number".equals(shape.type());
  }

  static boolean parsesAs(String text, Shape shape) {
    try {
      BigDecimal value = new BigDecimal(text.trim());
      if ("integer".equals(shape.type())) {
        return text.trim().matches("-?\\d+") && value.toBigIntegerExact() instanceof BigInteger;
      }
      return true;
    } catch (NumberFormatException | ArithmeticException e) {
      return false;
    }
  }

  static String count(int n, String unit) {
    if (n == 1) {
      return "1 " + unit;
    }
    return n + " " + (unit.equals("entry") ? "entries" : unit + "s");
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  static String quote(String value) {
    String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
    return "\"" + shown.replace("\n", "\\n") + "\"";
  }
}
