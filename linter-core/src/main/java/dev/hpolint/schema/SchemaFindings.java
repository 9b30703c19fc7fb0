package dev.hpolint.schema;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.fix.TextEdits;
import dev.hpolint.source.SourceText;
import dev.hpolint.tree.ArrayNode;
import dev.hpolint.tree.BooleanNode;
import dev.hpolint.tree.JsonPointer;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.NullNode;
import dev.hpolint.tree.NumberNode;
import dev.hpolint.tree.ObjectNode;
import dev.hpolint.tree.StringNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns schema violations into findings a user can act on without reading the schema: each at the
 * range of the offending key or value, in plain words that name the valid alternatives, with a fix
 * where the right edit is certain. Where a catalog rule says the same thing more precisely (letter
 * case of an enum value, a job name, a member only Describe returns), that rule's finding replaces
 * the generic one: one defect, one finding.
 */
public final class SchemaFindings {
  /** Value findings on one node, most telling first; only the first is reported. */
  private static final List<String> VALUE_PRIORITY =
      List.of(
          SchemaIds.TYPE,
          SchemaIds.NAME_PATTERN,
          SchemaIds.ENUM_CASE,
          SchemaIds.ENUM,
          SchemaIds.PATTERN,
          SchemaIds.LENGTH,
          SchemaIds.RANGE,
          SchemaIds.SIZE);

  private static final Set<String> NAME_SHAPES =
      Set.of("HyperParameterTuningJobName", "HyperParameterTrainingJobDefinitionName");

  private final SchemaModel model;
  private final PatternWords words;
  private final Set<String> outputOnlyMembers;
  private final Map<String, List<String>> ownersOfMember;

  public SchemaFindings(SchemaModel model, PatternWords words, Set<String> outputOnlyMembers) {
    this.model = model;
    this.words = words;
    this.outputOnlyMembers = outputOnlyMembers;
    this.ownersOfMember = indexOwners(model);
  }

  public List<Diagnostic> explain(SourceText source, Node root, List<SchemaViolation> violations) {
    Context context = new Context(source, root, new TextEdits(source));
    Map<String, Diagnostic> valueFindings = new LinkedHashMap<>();
    List<Diagnostic> memberFindings = new ArrayList<>();
    for (SchemaViolation violation : violations) {
      Node node = JsonPointer.resolve(root, violation.pointer());
      if (node == null) {
        continue;
      }
      switch (violation.keyword()) {
        case "required" -> memberFindings.add(required(context, node, violation.property()));
        case "additionalProperties" -> {
          Diagnostic finding = unknownMember(context, node, violation.property());
          if (finding != null) {
            memberFindings.add(finding);
          }
        }
        case "propertyNames" -> memberFindings.addAll(badKeys(context, node));
        default -> {
          Diagnostic finding = valueFinding(context, node, violation.keyword());
          if (finding != null) {
            valueFindings.merge(violation.pointer(), finding, SchemaFindings::moreTelling);
          }
        }
      }
    }
    List<Diagnostic> all = new ArrayList<>(memberFindings);
    all.addAll(valueFindings.values());
    all.sort(
        Comparator.comparingInt((Diagnostic d) -> d.range().start().offset())
            .thenComparing(Diagnostic::ruleId));
    return dedupe(all);
  }

  private static Diagnostic moreTelling(Diagnostic a, Diagnostic b) {
    return VALUE_PRIORITY.indexOf(a.ruleId()) <= VALUE_PRIORITY.indexOf(b.ruleId()) ? a : b;
  }

  private static List<Diagnostic> dedupe(List<Diagnostic> findings) {
    Map<String, Diagnostic> unique = new LinkedHashMap<>();
    for (Diagnostic finding : findings) {
      unique.putIfAbsent(
          finding.ruleId() + "\u0000" + finding.pointer() + "\u0000" + finding.message(), finding);
    }
    return new ArrayList<>(unique.values());
  }

  // ---- members -------------------------------------------------------------------------------

  private Diagnostic required(Context context, Node object, String member) {
    String pointer = object.pointer();
    String where = pointer.isEmpty() ? "The request" : Labels.of(pointer);
    Shape shape = model.shapeAt(JsonPointer.child(pointer, member));
    String hint = shape == null ? "" : " (" + typeWord(shape) + ")";
    return new Diagnostic(
        SchemaIds.REQUIRED,
        Severity.ERROR,
        where + " is missing the required member " + member + hint,
        pointer,
        Locations.headline(object, context.source));
  }

  private Diagnostic unknownMember(Context context, Node objectNode, String name) {
    if (!(objectNode instanceof ObjectNode object)) {
      return null;
    }
    Member member = object.member(name);
    if (member == null) {
      return null;
    }
    String parentPointer = object.pointer();
    String pointer = JsonPointer.child(parentPointer, name);
    if (parentPointer.isEmpty() && outputOnlyMembers.contains(name)) {
      return new Diagnostic(
          SchemaIds.DESCRIBE_OUTPUT_ONLY,
          Severity.ERROR,
          name
              + " is part of a DescribeHyperParameterTuningJob response, not of a create request;"
              + " remove it before submitting",
          pointer,
          member.key().range(),
          List.of(new Fix("Remove " + name, List.of(context.edits.removeMember(member)), true)),
          List.of());
    }
    Shape shape = model.shapeAt(parentPointer);
    List<String> valid = shape == null ? List.of() : new ArrayList<>(shape.properties().keySet());
    String where =
        parentPointer.isEmpty()
            ? "a CreateHyperParameterTuningJob request"
            : Labels.of(parentPointer);
    StringBuilder message = new StringBuilder(name).append(" is not a member of ").append(where);
    List<Fix> fixes = new ArrayList<>();
    String sameButCase = Suggestions.sameButForCase(name, valid);
    String closest = sameButCase != null ? sameButCase : Suggestions.closest(name, valid);
    if (closest != null && !closest.equals(name)) {
      message.append("; did you mean ").append(closest).append('?');
      boolean taken = object.has(closest);
      if (!taken) {
        fixes.add(
            new Fix(
                "Rename to " + closest,
                List.of(context.edits.renameKey(member, closest)),
                sameButCase != null));
      }
    } else {
      List<String> owners = ownersOfMember.getOrDefault(name, List.of());
      if (!owners.isEmpty()) {
        message.append("; it belongs in ").append(String.join(" or ", owners));
      } else if (!valid.isEmpty()) {
        message.append("; valid members are ").append(String.join(", ", valid));
      }
    }
    return new Diagnostic(
        SchemaIds.UNKNOWN_FIELD,
        Severity.ERROR,
        message.toString(),
        pointer,
        member.key().range(),
        fixes,
        List.of());
  }

  private List<Diagnostic> badKeys(Context context, Node objectNode) {
    List<Diagnostic> findings = new ArrayList<>();
    Shape map = model.shapeAt(objectNode.pointer());
    if (!(objectNode instanceof ObjectNode object) || map == null || map.keyConstraints() == null) {
      return findings;
    }
    Shape keys = map.keyConstraints();
    for (Member member : object.members()) {
      String key = member.name();
      String problem = null;
      if (keys.maxLength() != null && key.length() > keys.maxLength()) {
        problem =
            "is " + key.length() + " characters long; at most " + keys.maxLength() + " are allowed";
      } else if (keys.minLength() != null && key.length() < keys.minLength()) {
        problem = "must not be empty";
      } else if (keys.pattern() != null
          && !java.util.regex.Pattern.compile(keys.pattern()).matcher(key).matches()) {
        problem = "must be " + words.describe(map.keyShape(), keys.pattern());
      }
      if (problem != null) {
        String id = problem.startsWith("must be ") ? SchemaIds.PATTERN : SchemaIds.LENGTH;
        findings.add(
            new Diagnostic(
                id,
                Severity.ERROR,
                "The name " + quote(key) + " in " + Labels.of(object.pointer()) + " " + problem,
                JsonPointer.child(object.pointer(), key),
                member.key().range()));
      }
    }
    return findings;
  }

  // ---- values --------------------------------------------------------------------------------

  private Diagnostic valueFinding(Context context, Node node, String keyword) {
    String pointer = node.pointer();
    Shape shape = model.shapeAt(pointer);
    if (shape == null) {
      return null;
    }
    String label = Labels.of(pointer);
    if (NAME_SHAPES.contains(shape.name())
        && node instanceof StringNode name
        && Set.of("pattern", "minLength", "maxLength").contains(keyword)) {
      return NameFindings.invalidName(context.edits, name, shape, label, words);
    }
    return switch (keyword) {
      case "type" -> typeFinding(context, node, shape, label);
      case "enum" -> enumFinding(context, node, shape, label);
      case "pattern" ->
          node instanceof StringNode string
              ? finding(
                  SchemaIds.PATTERN,
                  label
                      + " must be "
                      + words.describe(shape.name(), shape.pattern())
                      + "; "
                      + quote(string.value())
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
          finding(
              SchemaIds.TYPE, label + " does not fit the request schema (" + keyword + ")", node);
    };
  }

  private Diagnostic typeFinding(Context context, Node node, Shape shape, String label) {
    Diagnostic yamlScalar = unquotedYamlEnum(context, node, shape, label);
    if (yamlScalar != null) {
      return yamlScalar;
    }
    String expected = typeWord(shape);
    List<Fix> fixes = new ArrayList<>();
    String actual = actualWord(node, shape);
    String advice = "";
    if ("string".equals(shape.type())
        && (node instanceof NumberNode || node instanceof BooleanNode)) {
      String text =
          context
              .source
              .text()
              .substring(node.range().start().offset(), node.range().end().offset());
      advice = "; put it in quotes";
      fixes.add(
          new Fix(
              "Quote " + text,
              List.of(context.edits.replace(node, dev.hpolint.fix.ScalarWriter.doubleQuoted(text))),
              true));
    } else if (node instanceof StringNode string
        && isNumericShape(shape)
        && parsesAs(string.value(), shape)) {
      advice = "; remove the quotes";
      fixes.add(
          new Fix(
              "Write " + string.value().trim() + " without quotes",
              List.of(context.edits.replace(node, string.value().trim())),
              true));
    } else if ("integer".equals(shape.type())
        && node instanceof NumberNode number
        && number.isIntegral()) {
      String whole = number.value().stripTrailingZeros().toPlainString();
      advice = "; write " + whole;
      fixes.add(new Fix("Write " + whole, List.of(context.edits.replace(node, whole)), true));
    } else if ("boolean".equals(shape.type())
        && node instanceof StringNode string
        && (string.value().equalsIgnoreCase("true") || string.value().equalsIgnoreCase("false"))) {
      String bool = string.value().toLowerCase(java.util.Locale.ROOT);
      advice = "; write " + bool + " without quotes";
      fixes.add(new Fix("Write " + bool, List.of(context.edits.replace(node, bool)), true));
    } else if (node instanceof NullNode) {
      Member member = node.memberInParent();
      Node parent = node.parent();
      boolean required =
          member != null && parent != null && isRequired(parent.pointer(), member.name());
      if (member != null && !required) {
        advice = "; leave the member out instead of setting it to null";
        fixes.add(
            new Fix("Remove " + member.name(), List.of(context.edits.removeMember(member)), true));
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

  /**
   * YAML 1.1 reads unquoted Off, On, Yes and No as booleans (and the AWS CLI with it), so an enum
   * value written plain can arrive as false. Say so, and quote it in the right spelling.
   */
  private Diagnostic unquotedYamlEnum(Context context, Node node, Shape shape, String label) {
    if (shape.enumValues().isEmpty()
        || !(node instanceof BooleanNode || node instanceof NumberNode)) {
      return null;
    }
    String text =
        context.source.text().substring(node.range().start().offset(), node.range().end().offset());
    String corrected =
        shape.enumValues().contains(text)
            ? text
            : Suggestions.sameButForCase(text, shape.enumValues());
    if (corrected == null) {
      return null;
    }
    Fix fix =
        new Fix(
            "Change to \"" + corrected + "\"",
            List.of(
                context.edits.replace(node, dev.hpolint.fix.ScalarWriter.doubleQuoted(corrected))),
            true);
    if (corrected.equals(text)) {
      return new Diagnostic(
          SchemaIds.TYPE,
          Severity.ERROR,
          label
              + " must be the string "
              + corrected
              + ", but YAML reads an unquoted "
              + text
              + " as "
              + actualWord(node, shape)
              + "; put it in quotes",
          node.pointer(),
          node.range(),
          List.of(fix),
          List.of());
    }
    return new Diagnostic(
        SchemaIds.ENUM_CASE,
        Severity.ERROR,
        label
            + " must be spelt exactly "
            + corrected
            + ", in quotes: YAML reads an unquoted "
            + text
            + " as "
            + actualWord(node, shape)
            + ", and allowed values are case-sensitive",
        node.pointer(),
        node.range(),
        List.of(fix),
        List.of());
  }

  private boolean isRequired(String parentPointer, String member) {
    Shape parent = model.shapeAt(parentPointer);
    return parent != null && parent.required().contains(member);
  }

  private Diagnostic enumFinding(Context context, Node node, Shape shape, String label) {
    if (!(node instanceof StringNode string)) {
      return finding(
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
              + quote(value)
              + ": allowed values are case-sensitive",
          node.pointer(),
          node.range(),
          List.of(
              new Fix(
                  "Change to " + corrected,
                  List.of(context.edits.replaceWithString(node, corrected)),
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
              List.of(context.edits.replaceWithString(node, closest)),
              false));
    }
    String list =
        allowed.size() > 12
            ? String.join(", ", allowed.subList(0, 12)) + " and " + (allowed.size() - 12) + " more"
            : String.join(", ", allowed);
    return new Diagnostic(
        SchemaIds.ENUM,
        Severity.ERROR,
        quote(value)
            + " is not a valid "
            + label
            + (closest != null ? "; did you mean " + closest + "?" : "")
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
    return finding(SchemaIds.LENGTH, message, string);
  }

  private Diagnostic rangeFinding(Node node, Shape shape, String label) {
    if (!(node instanceof NumberNode number)) {
      return null;
    }
    String value = number.raw();
    if (shape.minimum() != null
        && number.isFinite()
        && number.value().compareTo(shape.minimum()) < 0) {
      return finding(
          SchemaIds.RANGE,
          label + " must be at least " + plain(shape.minimum()) + "; it is " + value,
          node);
    }
    if (shape.maximum() != null) {
      return finding(
          SchemaIds.RANGE,
          label + " must be at most " + plain(shape.maximum()) + "; it is " + value,
          node);
    }
    return finding(SchemaIds.RANGE, label + " is out of range: " + value, node);
  }

  private Diagnostic sizeFinding(Context context, Node node, Shape shape, String label) {
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
      message = label + " has " + count(size, unit) + "; at most " + max + " are allowed";
    } else if (size == 0) {
      message =
          label
              + " is empty; it needs at least "
              + count(min == null ? 1 : min, unit)
              + " (or leave it out if it is optional)";
    } else {
      message = label + " has " + count(size, unit) + "; it needs at least " + min;
    }
    return new Diagnostic(
        SchemaIds.SIZE,
        Severity.ERROR,
        message,
        node.pointer(),
        Locations.headline(node, context.source));
  }

  // ---- words ---------------------------------------------------------------------------------

  private static Diagnostic finding(String id, String message, Node node) {
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

  private static String actualWord(Node node, Shape expected) {
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

  private static boolean isNumericShape(Shape shape) {
    return "integer".equals(shape.type()) || "number".equals(shape.type());
  }

  private static boolean parsesAs(String text, Shape shape) {
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

  private static String count(int n, String unit) {
    if (n == 1) {
      return "1 " + unit;
    }
    return n + " " + (unit.equals("entry") ? "entries" : unit + "s");
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  static String quote(String value) {
    String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
    return "\"" + shown.replace("\n", "\\n") + "\"";
  }

  /** Member names that appear in several structures, with the members that hold each structure. */
  private static Map<String, List<String>> indexOwners(SchemaModel model) {
    Map<String, List<String>> holders = new HashMap<>();
    for (Shape shape : model.shapes().values()) {
      for (Shape.Property property : shape.properties().values()) {
        holders.computeIfAbsent(property.shape(), k -> new ArrayList<>()).add(property.name());
      }
    }
    Map<String, List<String>> owners = new HashMap<>();
    for (Shape shape : model.shapes().values()) {
      List<String> names = holders.getOrDefault(shape.name(), List.of());
      for (String member : shape.properties().keySet()) {
        List<String> list = owners.computeIfAbsent(member, k -> new ArrayList<>());
        for (String name : names) {
          if (!list.contains(name)) {
            list.add(name);
          }
        }
      }
    }
    return owners;
  }

  private record Context(SourceText source, Node root, TextEdits edits) {}
}
