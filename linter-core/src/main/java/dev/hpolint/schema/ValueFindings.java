package dev.hpolint.schema;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.tree.ArrayNode;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.NumberNode;
import dev.hpolint.tree.ObjectNode;
import dev.hpolint.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Findings about a single value: its type, enum, pattern, length, numeric range, or the size of a
 * list or map. Job and definition names get HPO-NAME-PATTERN instead of the generic findings.
 */
final class ValueFindings {
  private static final Set<String> NAME_SHAPES =
      Set.of("HyperParameterTuningJobName", "HyperParameterTrainingJobDefinitionName");

  private final SchemaModel model;
  private final PatternWords words;
  private final TypeFindings types;

  ValueFindings(SchemaModel model, PatternWords words) {
    this.model = model;
    this.words = words;
    this.types = new TypeFindings(model);
  }

  Diagnostic valueFinding(FindingContext context, Node node, String keyword) {
    String pointer = node.pointer();
    Shape shape = model.shapeAt(pointer);
    if (shape == null) {
      return null;
    }
    String label = Labels.of(pointer);
    if (NAME_SHAPES.contains(shape.name())
        && node instanceof StringNode name
        && Set.of("pattern", "minLength", "maxLength").contains(keyword)) {
      return NameFindings.invalidName(context.edits(), name, shape, label, words);
    }
    return switch (keyword) {
      case "type" -> types.typeFinding(context, node, shape, label);
      case "enum" -> enumFinding(context, node, shape, label);
      case "pattern" ->
          node instanceof StringNode string
              ? SchemaWords.finding(
                  SchemaIds.PATTERN,
                  label
                      + " must be "
                      + words.describe(shape.name(), shape.pattern())
                      + "; "
                      + SchemaWords.quote(string.value())
                      + " is not",
                  node)
              : null;
      case "minLength", "maxLength" ->
          node instanceof StringNode string ? lengthFinding(string, shape, label) : null;
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
          rangeFinding(node, shape, label);
      case "minItems", "maxItems", "minProperties", "maxProperties" ->
          sizeFinding(context, node, shape, label);
      default ->
          SchemaWords.finding(
              SchemaIds.TYPE, label + " does not fit the request schema (" + keyword + ")", node);
    };
  }

  private Diagnostic enumFinding(FindingContext context, Node node, Shape shape, String label) {
    if (!(node instanceof StringNode string)) {
      return SchemaWords.finding(
          SchemaIds.ENUM, label + " must be one of " + String.join(", ", shape.enumValues()), node);
    }
    String value = string.value();
    String corrected = Suggestions.sameButForCase(value, shape.enumValues());
    if (corrected != null) {
      return new Diagnostic(
          SchemaIds.ENUM_CASE,
          Severity.ERROR,
          label
              + " must be spelt exactly "
              + corrected
              + ", not "
              + SchemaWords.quote(value)
              + ": allowed values are case-sensitive",
          node.pointer(),
          node.range(),
          List.of(
              new Fix(
                  "Change to " + corrected,
                  List.of(context.edits().replaceWithString(node, corrected)),
                  true)),
          List.of());
    }
    List<String> allowed = Suggestions.byCloseness(value, shape.enumValues());
    String closest = Suggestions.closest(value, shape.enumValues());
    List<Fix> fixes = new ArrayList<>();
    if (closest != null) {
      fixes.add(
          new Fix(
              "Change to " + closest,
              List.of(context.edits().replaceWithString(node, closest)),
              false));
    }
    String list =
        allowed.size() > 12
            ? String.join(", ", allowed.subList(0, 12)) + " and " + (allowed.size() - 12) + " more"
            : String.join(", ", allowed);
    return new Diagnostic(
        SchemaIds.ENUM,
        Severity.ERROR,
        SchemaWords.quote(value)
            + " is not a valid "
            + label
            + (closest != null ? "; did you mean " + closest + "?" : ".")
            + " Allowed: "
            + list,
        node.pointer(),
        node.range(),
        fixes,
        List.of());
  }

  private Diagnostic lengthFinding(StringNode string, Shape shape, String label) {
    int length = string.value().length();
    String message;
    if (length == 0) {
      message = label + " must not be empty";
    } else if (shape.maxLength() != null && length > shape.maxLength()) {
      message =
          label
              + " is "
              + length
              + " characters long; at most "
              + shape.maxLength()
              + " are allowed";
    } else {
      message =
          label + " is " + length + " characters long; it must have at least " + shape.minLength();
    }
    return SchemaWords.finding(SchemaIds.LENGTH, message, string);
  }

  private Diagnostic rangeFinding(Node node, Shape shape, String label) {
    if (!(node instanceof NumberNode number)) {
      return null;
    }
    String value = number.raw();
    if (shape.minimum() != null
        && number.isFinite()
        && number.value().compareTo(shape.minimum()) < 0) {
      return SchemaWords.finding(
          SchemaIds.RANGE,
          label + " must be at least " + SchemaWords.plain(shape.minimum()) + "; it is " + value,
          node);
    }
    if (shape.maximum() != null) {
      return SchemaWords.finding(
          SchemaIds.RANGE,
          label + " must be at most " + SchemaWords.plain(shape.maximum()) + "; it is " + value,
          node);
    }
    return SchemaWords.finding(SchemaIds.RANGE, label + " is out of range: " + value, node);
  }

  private Diagnostic sizeFinding(FindingContext context, Node node, Shape shape, String label) {
    int size;
    String unit;
    Integer min;
    Integer max;
    if (node instanceof ArrayNode array) {
      size = array.size();
      unit = "item";
      min = shape.minItems();
      max = shape.maxItems();
    } else if (node instanceof ObjectNode object) {
      size = object.size();
      unit = "entry";
      min = shape.minProperties();
      max = shape.maxProperties();
    } else {
      return null;
    }
    String message;
    if (max != null && size > max) {
      message =
          label + " has " + SchemaWords.count(size, unit) + "; at most " + max + " are allowed";
    } else if (size == 0) {
      boolean optional = isOptionalMember(node);
      message =
          label
              + " is empty; it needs at least "
              + SchemaWords.count(min == null ? 1 : min, unit)
              + (optional ? " (or leave it out: it is optional)" : "");
    } else {
      message = label + " has " + SchemaWords.count(size, unit) + "; it needs at least " + min;
    }
    return new Diagnostic(
        SchemaIds.SIZE,
        Severity.ERROR,
        message,
        node.pointer(),
        Locations.headline(node, context.source()));
  }

  private boolean isOptionalMember(Node node) {
    Member member = node.memberInParent();
    Shape parent = node.parent() == null ? null : model.shapeAt(node.parent().pointer());
    return member != null && parent != null && !parent.required().contains(member.name());
  }
}
