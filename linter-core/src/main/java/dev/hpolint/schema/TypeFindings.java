package dev.hpolint.schema;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.tree.BooleanNode;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.NullNode;
import dev.hpolint.tree.NumberNode;
import dev.hpolint.tree.StringNode;
import java.util.ArrayList;
import java.util.List;

/**
 * SCHEMA-TYPE findings, with the fixes that are certain: quote a number where text is wanted,
 * unquote a number or boolean written as text, drop the fraction of 30.0, drop a null member.
 */
final class TypeFindings {
  private final SchemaModel model;

  TypeFindings(SchemaModel model) {
    this.model = model;
  }

  Diagnostic typeFinding(FindingContext context, Node node, Shape shape, String label) {
    String expected = SchemaWords.typeWord(shape);
    List<Fix> fixes = new ArrayList<>();
    String actual = SchemaWords.actualWord(node, shape);
    String advice = "";
    if ("string".equals(shape.type())
        && (node instanceof NumberNode || node instanceof BooleanNode)) {
      String text =
          context
              .source()
              .text()
              .substring(node.range().start().offset(), node.range().end().offset());
      advice = "; put it in quotes";
      fixes.add(
          new Fix(
              "Quote " + text,
              List.of(
                  context.edits().replace(node, dev.hpolint.fix.ScalarWriter.doubleQuoted(text))),
              true));
    } else if (node instanceof StringNode string
        && SchemaWords.isNumericShape(shape)
        && SchemaWords.parsesAs(string.value(), shape)) {
      advice = "; remove the quotes";
      fixes.add(
          new Fix(
              "Write " + string.value().trim() + " without quotes",
              List.of(context.edits().replace(node, string.value().trim())),
              true));
    } else if ("integer".equals(shape.type())
        && node instanceof NumberNode number
        && number.isIntegral()) {
      String whole = number.value().stripTrailingZeros().toPlainString();
      advice = "; write " + whole;
      fixes.add(new Fix("Write " + whole, List.of(context.edits().replace(node, whole)), true));
    } else if ("boolean".equals(shape.type())
        && node instanceof StringNode string
        && booleanWord(string.value()) != null) {
      // "true" in quotes, or YAML 1.1's yes/no/on/off, which the AWS CLI reads as text.
      String bool = booleanWord(string.value());
      advice = "; write " + bool + " without quotes";
      fixes.add(new Fix("Write " + bool, List.of(context.edits().replace(node, bool)), true));
    } else if (node instanceof NullNode) {
      Member member = node.memberInParent();
      Node parent = node.parent();
      boolean required =
          member != null && parent != null && isRequired(parent.pointer(), member.name());
      if (member != null && !required) {
        advice = "; leave the member out instead of setting it to null";
        fixes.add(
            new Fix(
                "Remove " + member.name(), List.of(context.edits().removeMember(member)), true));
      }
    }
    return new Diagnostic(
        SchemaIds.TYPE,
        Severity.ERROR,
        label + " must be " + expected + ", but it is " + actual + advice,
        node.pointer(),
        node.range(),
        fixes,
        List.of());
  }

  private static String booleanWord(String text) {
    return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on" -> "true";
      case "false", "no", "off" -> "false";
      default -> null;
    };
  }

  private boolean isRequired(String parentPointer, String member) {
    Shape parent = model.shapeAt(parentPointer);
    return parent != null && parent.required().contains(member);
  }
}
