package dev.hpolint.lsp.model;

import dev.hpolint.schema.PatternWords;
import dev.hpolint.schema.SchemaModel;
import dev.hpolint.schema.Shape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Says in words what a shape takes: its type and its constraints (allowed values, length, range,
 * number of items, the form of a string), never a raw regular expression when words exist.
 */
public final class ShapeWords {
  private static final int LISTED_VALUES = 12;

  private final SchemaModel schema;
  private final PatternWords patterns;

  public ShapeWords(SchemaModel schema, PatternWords patterns) {
    this.schema = schema;
    this.patterns = patterns;
  }

  /** A short type, for a completion item's detail: "text", "whole number", "list of Channel". */
  public String type(Shape shape) {
    if (shape == null) {
      return "value";
    }
    if (!shape.enumValues().isEmpty()) {
      return "one of " + shape.enumValues().size() + " values";
    }
    if (shape.isList()) {
      Shape item = schema.shape(shape.itemShape());
      return "list of " + (item == null ? "values" : plural(item));
    }
    if (shape.isMap()) {
      Shape value = schema.shape(shape.valueShape());
      return "map of names to " + (value == null ? "values" : plural(value));
    }
    return switch (shape.type() == null ? "" : shape.type()) {
      case "string" -> "text";
      case "integer" -> "whole number";
      case "number" -> "number";
      case "boolean" -> "true or false";
      case "object" -> "object (" + shape.name() + ")";
      default -> "value";
    };
  }

  /** Every constraint, one sentence each. */
  public List<String> constraints(Shape shape) {
    List<String> lines = new ArrayList<>();
    if (shape == null) {
      return lines;
    }
    if (!shape.enumValues().isEmpty()) {
      List<String> values = shape.enumValues();
      if (values.size() <= LISTED_VALUES) {
        lines.add(
            "Allowed values: "
                + String.join(", ", values.stream().map(v -> "`" + v + "`").toList())
                + ".");
      } else {
        lines.add(
            "One of "
                + values.size()
                + " allowed values, such as "
                + String.join(", ", values.subList(0, 3).stream().map(v -> "`" + v + "`").toList())
                + " (completion lists them all).");
      }
    }
    String length = span(shape.minLength(), shape.maxLength(), "character");
    if (length != null && "string".equals(shape.type()) && shape.enumValues().isEmpty()) {
      lines.add("Length: " + length + ".");
    }
    if (shape.pattern() != null && shape.enumValues().isEmpty() && !isTrivial(shape.pattern())) {
      lines.add("Form: " + patterns.describe(shape.name(), shape.pattern()) + ".");
    }
    String range = numberRange(shape.minimum(), shape.maximum());
    if (range != null) {
      lines.add("Range: " + range + ".");
    }
    String items = span(shape.minItems(), shape.maxItems(), "item");
    if (items != null && shape.isList()) {
      lines.add("Items: " + items + ".");
    }
    String entries = span(shape.minProperties(), shape.maxProperties(), "entry");
    if (entries != null && shape.isMap()) {
      lines.add("Entries: " + entries + ".");
    }
    if (shape.isStructure() && !shape.required().isEmpty()) {
      lines.add(
          "Must contain "
              + String.join(", ", shape.required().stream().map(r -> "`" + r + "`").toList())
              + ".");
    }
    return lines;
  }

  private static boolean isTrivial(String pattern) {
    return pattern.equals("^(?:.*)$") || pattern.equals(".*") || pattern.equals("^.*$");
  }

  private String plural(Shape shape) {
    if (shape.isStructure()) {
      return shape.name() + " objects";
    }
    return switch (shape.type() == null ? "" : shape.type()) {
      case "string" -> "texts";
      case "integer" -> "whole numbers";
      case "number" -> "numbers";
      case "boolean" -> "true or false values";
      default -> "values";
    };
  }

  /** "1 to 63 characters", "at least 1 item", "up to 20 entries"; null when unbounded. */
  static String span(Integer min, Integer max, String unit) {
    boolean hasMin = min != null && min > 0;
    if (!hasMin && max == null) {
      return null;
    }
    if (hasMin && max != null) {
      return min.equals(max) ? count(min, unit) : min + " to " + count(max, unit);
    }
    return hasMin ? "at least " + count(min, unit) : "up to " + count(max, unit);
  }

  private static String count(int n, String unit) {
    if (n == 1) {
      return "1 " + unit;
    }
    return n
        + " "
        + (unit.endsWith("y") ? unit.substring(0, unit.length() - 1) + "ies" : unit + "s");
  }

  static String numberRange(BigDecimal min, BigDecimal max) {
    if (min == null && max == null) {
      return null;
    }
    if (min != null && max != null) {
      return "from " + min.toPlainString() + " to " + max.toPlainString();
    }
    return min != null ? "at least " + min.toPlainString() : "at most " + max.toPlainString();
  }
}
