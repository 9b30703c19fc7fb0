package dev.hpolint.tree;

import dev.hpolint.source.Range;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Types YAML scalars the way YAML 1.1 (PyYAML, and so the AWS CLI) does: plain scalars that look
 * like numbers, booleans or null become those; quoted scalars and explicit {@code !!str} stay text.
 */
final class YamlScalars {
  private final Resolver resolver = new Resolver();

  boolean isMergeKey(ScalarEvent event) {
    return event.getTag() == null && event.isPlain() && "<<".equals(event.getValue());
  }

  /**
   * A mapping key keeps its text whatever it resolves to: a key such as {@code 1} or {@code yes} is
   * then reported by name as a member the API does not define.
   */
  StringNode key(ScalarEvent event, Range range, int offset) {
    tagOf(event, offset);
    return new StringNode(range, event.getValue(), style(event));
  }

  Node value(ScalarEvent event, Range range, int offset) {
    Tag tag = tagOf(event, offset);
    String text = event.getValue();
    if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP) || tag.equals(Tag.BINARY)) {
      return new StringNode(range, text, style(event));
    }
    if (tag.equals(Tag.NULL)) {
      return new NullNode(range);
    }
    if (tag.equals(Tag.BOOL)) {
      String lower = text.toLowerCase(Locale.ROOT);
      return new BooleanNode(
          range,
          lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y"));
    }
    if (tag.equals(Tag.INT)) {
      BigInteger value = parseInt(text);
      return value == null
          ? new StringNode(range, text, style(event))
          : new NumberNode(range, text, new BigDecimal(value), true);
    }
    if (tag.equals(Tag.FLOAT)) {
      return parseFloat(text, range, event);
    }
    throw new YamlReader.UnsupportedYaml(
        offset, "The tag " + tag.getValue() + " is not supported in a request document");
  }

  private Tag tagOf(ScalarEvent event, int offset) {
    String tag = event.getTag();
    if (tag == null || tag.equals("!")) {
      return resolver.resolve(
          NodeId.scalar, event.getValue(), event.getImplicit().canOmitTagInPlainScalar());
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

  /**
   * YAML 1.1 integers: decimal, 0b binary, 0x hex, leading-zero octal, base 60, with _ separators.
   */
  static BigInteger parseInt(String text) {
    String s = text.replace("_", "");
    boolean negative = s.startsWith("-");
    if (s.startsWith("-") || s.startsWith("+")) {
      s = s.substring(1);
    }
    try {
      BigInteger value;
      if (s.startsWith("0b")) {
        value = new BigInteger(s.substring(2), 2);
      } else if (s.startsWith("0x")) {
        value = new BigInteger(s.substring(2), 16);
      } else if (s.contains(":")) {
        value = BigInteger.ZERO;
        for (String part : s.split(":")) {
          value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
        }
      } else if (s.length() > 1 && s.startsWith("0")) {
        value = new BigInteger(s.substring(1), 8);
      } else {
        value = new BigInteger(s);
      }
      return negative ? value.negate() : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Node parseFloat(String text, Range range, ScalarEvent event) {
    String s = text.replace("_", "");
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".inf")) {
      return NumberNode.nonFinite(
          range, text, lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
    if (lower.equals(".nan")) {
      return NumberNode.nonFinite(range, text, Double.NaN);
    }
    try {
      if (s.contains(":")) {
        boolean negative = s.startsWith("-");
        String digits = s.replaceFirst("^[-+]", "");
        BigDecimal value = BigDecimal.ZERO;
        for (String part : digits.split(":")) {
          value = value.multiply(BigDecimal.valueOf(60)).add(new BigDecimal(part));
        }
        return new NumberNode(range, text, negative ? value.negate() : value, false);
      }
      return new NumberNode(range, text, new BigDecimal(s), false);
    } catch (NumberFormatException e) {
      return new StringNode(range, text, style(event));
    }
  }
}
