package dev.hpolint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hpolint.tree.BooleanNode;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.NumberNode;
import dev.hpolint.tree.StringNode;

/**
 * Converts hpolint's tree into Jackson's, the form the schema validator reads. Duplicate keys
 * collapse to their last value, as they would for the service.
 */
final class JacksonTree {
  private static final JsonNodeFactory FACTORY = JsonNodeFactory.withExactBigDecimals(true);

  private JacksonTree() {}

  static JsonNode convert(Node node) {
    if (node instanceof dev.hpolint.tree.ObjectNode object) {
      ObjectNode result = FACTORY.objectNode();
      for (Member member : object.effectiveMembers()) {
        result.set(member.name(), convert(member.value()));
      }
      return result;
    }
    if (node instanceof dev.hpolint.tree.ArrayNode array) {
      ArrayNode result = FACTORY.arrayNode(array.size());
      for (Node item : array.items()) {
        result.add(convert(item));
      }
      return result;
    }
    if (node instanceof StringNode string) {
      return FACTORY.textNode(string.value());
    }
    if (node instanceof NumberNode number) {
      if (!number.isFinite()) {
        return FACTORY.numberNode(number.doubleValue());
      }
      // An integer written as 30.0 must stay a decimal so that integer members reject it, as the
      // AWS SDKs do.
      return number.isIntegerLiteral()
          ? FACTORY.numberNode(number.value().toBigIntegerExact())
          : FACTORY.numberNode(number.value());
    }
    if (node instanceof BooleanNode bool) {
      return FACTORY.booleanNode(bool.value());
    }
    return FACTORY.nullNode();
  }
}
