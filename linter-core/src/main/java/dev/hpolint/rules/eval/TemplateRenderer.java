package dev.hpolint.rules.eval;

import dev.hpolint.rules.ast.Template;
import dev.hpolint.tree.ArrayNode;
import dev.hpolint.tree.BooleanNode;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.NullNode;
import dev.hpolint.tree.NumberNode;
import dev.hpolint.tree.ObjectNode;
import dev.hpolint.tree.StringNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the holes of a message. Values read from the document are quoted as the document shows them
 * ({@code "Hyperband"}, {@code 50000} as written); values the rule computed are shown plainly.
 */
public final class TemplateRenderer {
  /** Long values are cut: a message quotes a value, it does not reprint the document. */
  static final int MAX_VALUE_CHARS = 80;

  private static final int MAX_LIST_ITEMS = 10;

  private final Evaluator evaluator;

  TemplateRenderer(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  String render(Template template, Scope scope) {
    StringBuilder out = new StringBuilder();
    for (Template.Part part : template.parts()) {
      if (part instanceof Template.Text text) {
        out.append(text.text());
      } else if (part instanceof Template.Hole hole) {
        out.append(display(evaluator.eval(hole.expr(), scope)));
      }
    }
    return out.toString();
  }

  /** A value as a message hole shows it: document strings quoted, computed ones plain. */
  public static String display(Value value) {
    if (value instanceof Value.NodeRef ref) {
      return display(ref.node());
    } else if (value instanceof Value.Str s) {
      // The rule's own words: shown whole.
      return s.value();
    } else if (value instanceof Value.Num n) {
      return n.value().stripTrailingZeros().toPlainString();
    } else if (value instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    } else if (value instanceof Value.ListOf list) {
      return list(list.items().stream().map(TemplateRenderer::display).toList());
    }
    return "(missing)";
  }

  private static String display(Node node) {
    if (node instanceof StringNode string) {
      return quote(cut(string.value()));
    } else if (node instanceof NumberNode number) {
      return cut(number.raw());
    } else if (node instanceof BooleanNode bool) {
      return Boolean.toString(bool.value());
    } else if (node instanceof NullNode) {
      return "null";
    } else if (node instanceof ArrayNode array) {
      List<String> items = new ArrayList<>();
      array.items().forEach(item -> items.add(display(item)));
      return "[" + list(items) + "]";
    } else if (node instanceof ObjectNode) {
      String name = node.keyInParent();
      return name != null ? name : "{...}";
    }
    return "";
  }

  private static String list(List<String> items) {
    if (items.size() <= MAX_LIST_ITEMS) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, MAX_LIST_ITEMS))
        + " and "
        + (items.size() - MAX_LIST_ITEMS)
        + " more";
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String cut(String text) {
    String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
    return oneLine.length() <= MAX_VALUE_CHARS
        ? oneLine
        : oneLine.substring(0, MAX_VALUE_CHARS - 1) + "…";
  }
}
