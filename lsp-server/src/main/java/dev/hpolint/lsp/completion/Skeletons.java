package dev.hpolint.lsp.completion;

import dev.hpolint.fix.ScalarWriter;
import dev.hpolint.schema.SchemaModel;
import dev.hpolint.schema.Shape;
import dev.hpolint.source.Syntax;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the text a member completion inserts: the member's name and, when the client takes
 * snippets, a skeleton of its value with every required child filled in down to the scalars, each
 * scalar a tab stop (a choice for short enumerations). Without snippet support the insert is the
 * name and what starts its value, so the result is never littered with placeholders.
 */
final class Skeletons {
  private static final int MAX_DEPTH = 4;
  private static final int MAX_CHOICES = 12;

  private final SchemaModel schema;
  private final Syntax syntax;
  private final String unit;
  private final boolean snippets;
  private int tabStop;

  Skeletons(SchemaModel schema, Syntax syntax, String indentUnit, boolean snippets) {
    this.schema = schema;
    this.syntax = syntax;
    this.unit = indentUnit;
    this.snippets = snippets;
  }

  /** A whole member, {@code "Name": value} or {@code Name: value}, at an indentation. */
  String member(String name, Shape shape, String indent) {
    tabStop = 1;
    return syntax == Syntax.JSON
        ? jsonMember(name, shape, indent, 0)
        : yamlMember(name, shape, indent, 0);
  }

  /** Just the name, for a member whose colon is already written. */
  String name(String name) {
    if (syntax == Syntax.JSON) {
      return escape(ScalarWriter.doubleQuoted(name));
    }
    return escape(ScalarWriter.string(name, Syntax.YAML, null));
  }

  private String jsonMember(String name, Shape shape, String indent, int depth) {
    String key = escape(ScalarWriter.doubleQuoted(name)) + ": ";
    if (!snippets) {
      return key;
    }
    return key + jsonValue(shape, indent, depth);
  }

  private String jsonValue(Shape shape, String indent, int depth) {
    if (shape == null) {
      return stop();
    }
    if (shape.isStructure()) {
      List<String> required = shape.required();
      if (required.isEmpty() || depth >= MAX_DEPTH) {
        return "{" + stop() + "}";
      }
      String inner = indent + unit;
      List<String> members = new ArrayList<>();
      for (String child : required) {
        members.add(inner + jsonMember(child, childShape(shape, child), inner, depth + 1));
      }
      return "{\n" + String.join(",\n", members) + "\n" + indent + "}";
    }
    if (shape.isList()) {
      Shape item = schema.shape(shape.itemShape());
      if (item != null && item.isStructure() && !item.required().isEmpty() && depth < MAX_DEPTH) {
        String inner = indent + unit;
        return "[\n" + inner + jsonValue(item, inner, depth + 1) + "\n" + indent + "]";
      }
      return "[" + stop() + "]";
    }
    if (shape.isMap()) {
      return "{" + stop() + "}";
    }
    if (!shape.enumValues().isEmpty()) {
      return "\"" + choice(shape.enumValues()) + "\"";
    }
    return switch (shape.type() == null ? "" : shape.type()) {
      case "string" -> "\"" + stop() + "\"";
      case "boolean" -> choice(List.of("true", "false"));
      default -> stop();
    };
  }

  private String yamlMember(String name, Shape shape, String indent, int depth) {
    String key = escape(ScalarWriter.string(name, Syntax.YAML, null)) + ":";
    String inner = indent + unit;
    if (shape == null) {
      return key + " " + stop();
    }
    if (shape.isStructure()) {
      if (!snippets || shape.required().isEmpty() || depth >= MAX_DEPTH) {
        return key + "\n" + inner + stop();
      }
      List<String> members = new ArrayList<>();
      for (String child : shape.required()) {
        members.add(inner + yamlMember(child, childShape(shape, child), inner, depth + 1));
      }
      return key + "\n" + String.join("\n", members);
    }
    if (shape.isList()) {
      Shape item = schema.shape(shape.itemShape());
      if (snippets
          && item != null
          && item.isStructure()
          && !item.required().isEmpty()
          && depth < MAX_DEPTH) {
        // "- First: ..." with the item's other members aligned under the first.
        String itemIndent = inner + "  ";
        List<String> members = new ArrayList<>();
        for (String child : item.required()) {
          members.add(yamlMember(child, childShape(item, child), itemIndent, depth + 1));
        }
        return key + "\n" + inner + "- " + String.join("\n" + itemIndent, members);
      }
      return key + "\n" + inner + "- " + stop();
    }
    if (shape.isMap()) {
      return key + "\n" + inner + stop();
    }
    if (!snippets) {
      return key + " ";
    }
    if (!shape.enumValues().isEmpty()) {
      return key + " " + choice(shape.enumValues());
    }
    if ("boolean".equals(shape.type())) {
      return key + " " + choice(List.of("true", "false"));
    }
    return key + " " + stop();
  }

  private Shape childShape(Shape parent, String child) {
    Shape.Property property = parent.properties().get(child);
    return property == null ? null : schema.shape(property.shape());
  }

  private String stop() {
    return snippets ? "$" + tabStop++ : "";
  }

  private String choice(List<String> values) {
    if (!snippets) {
      return "";
    }
    if (values.size() > MAX_CHOICES) {
      return stop();
    }
    StringBuilder out = new StringBuilder("${").append(tabStop++).append('|');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(values.get(i).replaceAll("([\\\\$}|,])", "\\\\$1"));
    }
    return out.append("|}").toString();
  }

  /** Text written literally inside a snippet. */
  private String escape(String text) {
    return snippets ? text.replaceAll("([\\\\$}])", "\\\\$1") : text;
  }

  /** The indentation step a document uses: that of its first indented line, else two spaces. */
  static String indentUnit(String text) {
    int lineStart = 0;
    while (lineStart < text.length()) {
      int end = text.indexOf('\n', lineStart);
      if (end < 0) {
        end = text.length();
      }
      int i = lineStart;
      while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i > lineStart && i < end && text.charAt(i) != '\r') {
        String unit = text.substring(lineStart, i);
        return unit.length() > 8 ? "  " : unit;
      }
      lineStart = end + 1;
    }
    return "  ";
  }
}
