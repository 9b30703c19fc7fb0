package dev.hpolint.tree;

import dev.hpolint.source.Range;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Types YAML scalars as the AWS CLI does: {@code aws --cli-input-yaml} reads YAML 1.2 (core
 * schema), where only {@code true}/{@code false} are booleans and {@code Off} is text. Scripts that
 * load a request with PyYAML ({@code yaml.safe_load}) read YAML 1.1, where an unquoted {@code Off},
 * {@code yes} or {@code 010} means something else; such scalars remember that other reading so the
 * ambiguity can be reported. Quoted scalars and explicit {@code !!str} are always text.
 */
final class YamlScalars {
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  private final Resolver yaml11 = new Resolver();

  boolean isMergeKey(ScalarEvent event) {
    return event.getTag() == null && event.isPlain() && "<<".equals(event.getValue());
  }

  /**
   * A mapping key keeps its text whatever it resolves to: a key such as {@code 1} or {@code true}
   * is then reported by name as a member the API does not define.
   */
  StringNode key(ScalarEvent event, Range range, int offset) {
    explicitTag(event, offset);
    return new StringNode(range, event.getValue(), style(event));
  }

  Node value(ScalarEvent event, Range range, int offset) {
    Tag explicit = explicitTag(event, offset);
    String text = event.getValue();
    Tag tag = explicit != null ? explicit : event.isPlain() ? coreSchemaTag(text) : Tag.STR;
    if (tag.equals(Tag.NULL)) {
      return new NullNode(range);
    }
    if (tag.equals(Tag.BOOL)) {
      return new BooleanNode(range, text.equalsIgnoreCase("true"));
    }
    if (tag.equals(Tag.INT)) {
      BigInteger value = parseInt(text);
      if (value != null) {
        return new NumberNode(range, text, new BigDecimal(value), true);
      }
    } else if (tag.equals(Tag.FLOAT)) {
      Node number = parseFloat(text, range);
      if (number != null) {
        return number;
      }
    } else if (!tag.equals(Tag.STR) && !tag.equals(Tag.TIMESTAMP) && !tag.equals(Tag.BINARY)) {
      throw new YamlReader.UnsupportedYaml(
          offset, "The tag " + tag.getValue() + " is not supported in a request document");
    }
    if (explicit != null || !event.isPlain()) {
      return new StringNode(range, text, style(event));
    }
    Tag other = yaml11.resolve(NodeId.scalar, text, true);
    return new StringNode(
        range, text, style(event), yaml11Reading(other, text), other.equals(Tag.TIMESTAMP));
  }

  /** YAML 1.2 core schema resolution of a plain scalar. */
  private static Tag coreSchemaTag(String text) {
    if (NULL.matcher(text).matches()) {
      return Tag.NULL;
    }
    if (BOOL.matcher(text).matches()) {
      return Tag.BOOL;
    }
    if (INT.matcher(text).matches()) {
      return Tag.INT;
    }
    if (FLOAT.matcher(text).matches()) {
      return Tag.FLOAT;
    }
    return Tag.STR;
  }

  /** What PyYAML makes of a plain scalar that YAML 1.2 reads as text; null when they agree. */
  private static String yaml11Reading(Tag tag, String text) {
    if (tag.equals(Tag.BOOL)) {
      String lower = text.toLowerCase(Locale.ROOT);
      boolean value = lower.equals("yes") || lower.equals("on") || lower.equals("true");
      return "the boolean " + (value ? "True" : "False");
    }
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return "a number";
    }
    if (tag.equals(Tag.NULL)) {
      return "None (null)";
    }
    return null;
  }

  /** The explicit standard tag of a scalar ({@code !!str}), or null when it has none. */
  private static Tag explicitTag(ScalarEvent event, int offset) {
    String tag = event.getTag();
    if (tag == null || tag.equals("!")) {
      return null;
    }
    Tag explicit = new Tag(tag);
    if (!explicit.startsWith(Tag.PREFIX)) {
      throw new YamlReader.UnsupportedYaml(
          offset, "The tag " + tag + " is not standard YAML; the AWS CLI cannot load it");
    }
    return explicit;
  }

  private static ScalarStyle style(ScalarEvent event) {
    DumperOptions.ScalarStyle style = event.getScalarStyle();
    return switch (style) {
      case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
      case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
      case LITERAL -> ScalarStyle.LITERAL;
      case FOLDED -> ScalarStyle.FOLDED;
      default -> ScalarStyle.PLAIN;
    };
  }

  /** YAML 1.2 core integers: decimal, {@code 0o} octal and {@code 0x} hexadecimal. */
  static BigInteger parseInt(String text) {
    boolean negative = text.startsWith("-");
    String s = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    try {
      BigInteger value;
      if (s.startsWith("0o")) {
        value = new BigInteger(s.substring(2), 8);
      } else if (s.startsWith("0x")) {
        value = new BigInteger(s.substring(2), 16);
      } else {
        value = new BigInteger(s);
      }
      return negative ? value.negate() : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A YAML 1.2 core float, or null when the text is not one. */
  private static Node parseFloat(String text, Range range) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".inf")) {
      return NumberNode.nonFinite(
          range, text, lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
    if (lower.equals(".nan")) {
      return NumberNode.nonFinite(range, text, Double.NaN);
    }
    try {
      return new NumberNode(range, text, new BigDecimal(text), false);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
