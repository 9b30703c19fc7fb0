package dev.hpolint.schema.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hpolint.schema.generator.ApiModel.Shape;

/**
 * Turns one botocore shape into the JSON Schema that goes under {@code $defs/<shape>}. Keywords are
 * added in a fixed order because the rendered file is compared byte for byte.
 */
final class ShapeTranslator {

  static final String DEFS_PREFIX = "#/$defs/";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ApiModel model;
  private final ReachableShapes reachable;
  private final Descriptions descriptions;

  ShapeTranslator(ApiModel model, ReachableShapes reachable, Descriptions descriptions) {
    this.model = model;
    this.reachable = reachable;
    this.descriptions = descriptions;
  }

  ObjectNode translate(String name) {
    Shape shape = model.shape(name, "the walk from " + reachable.inputShape());
    ObjectNode schema = JSON.objectNode();
    switch (shape.type()) {
      // A document holds any JSON at all: no type, no constraints.
      case "structure" -> {
        if (shape.isDocument()) {
          describe(schema, shape);
        } else {
          structure(shape, schema);
        }
      }
      case "list" -> list(shape, schema);
      case "map" -> map(shape, schema);
      case "string" -> {
        typed(schema, "string", shape);
        stringConstraints(shape.node(), schema);
      }
      case "integer", "long" -> numeric(shape, schema, "integer");
      case "float", "double" -> numeric(shape, schema, "number");
      case "boolean" -> typed(schema, "boolean", shape);
      // Both travel as text (ISO 8601 or epoch seconds, base64). A blob's min/max count bytes,
      // not characters, so they are not carried over as lengths.
      case "timestamp", "blob" -> typed(schema, "string", shape);
      default ->
          throw new IllegalArgumentException(
              "shape '"
                  + name
                  + "' has type '"
                  + shape.type()
                  + "', which the generator does not translate");
    }
    if (shape.node().path("deprecated").asBoolean(false)) {
      schema.put("deprecated", true);
    }
    return schema;
  }

  private void structure(Shape shape, ObjectNode schema) {
    typed(schema, "object", shape);
    ObjectNode properties = schema.putObject("properties");
    for (String member : shape.memberNames()) {
      ObjectNode property = ref(shape.memberTarget(member));
      property.put(
          "description",
          descriptions.ofMember(shape.name(), member, reachable.pageOf(shape.name())));
      if (shape.memberDeprecated(member)) {
        property.put("deprecated", true);
      }
      properties.set(member, property);
    }
    JsonNode required = shape.node().path("required");
    if (required.isArray() && !required.isEmpty()) {
      schema.set("required", required.deepCopy());
    }
    // botocore rejects unknown members, and so does the service.
    schema.put("additionalProperties", false);
    // A union must have exactly one member set.
    if (shape.node().path("union").asBoolean(false)) {
      schema.put("minProperties", 1);
      schema.put("maxProperties", 1);
    }
  }

  private void list(Shape shape, ObjectNode schema) {
    typed(schema, "array", shape);
    schema.set("items", ref(shape.partTarget("member")));
    copyNumber(shape.node(), "min", schema, "minItems");
    copyNumber(shape.node(), "max", schema, "maxItems");
  }

  private void map(Shape shape, ObjectNode schema) {
    typed(schema, "object", shape);
    schema.set("propertyNames", keyConstraints(shape.partTarget("key")));
    schema.set("additionalProperties", ref(shape.partTarget("value")));
    copyNumber(shape.node(), "min", schema, "minProperties");
    copyNumber(shape.node(), "max", schema, "maxProperties");
  }

  /**
   * Key constraints are inlined because {@code propertyNames} applies to names, not values; {@code
   * x-hpolint-shape} keeps the key shape's name so an error here can still be reported against (and
   * explained by) that shape.
   */
  private ObjectNode keyConstraints(String keyShape) {
    JsonNode node = model.shape(keyShape, "a map key").node();
    ObjectNode names = JSON.objectNode();
    names.put("x-hpolint-shape", keyShape);
    stringConstraints(node, names);
    return names;
  }

  private void numeric(Shape shape, ObjectNode schema, String type) {
    typed(schema, type, shape);
    copyNumber(shape.node(), "min", schema, "minimum");
    copyNumber(shape.node(), "max", schema, "maximum");
  }

  private static void stringConstraints(JsonNode shape, ObjectNode schema) {
    copyNumber(shape, "min", schema, "minLength");
    copyNumber(shape, "max", schema, "maxLength");
    if (shape.hasNonNull("pattern")) {
      schema.put("pattern", anchored(shape.get("pattern").asText()));
    }
    if (shape.path("enum").isArray()) {
      schema.set("enum", shape.get("enum").deepCopy());
    }
  }

  /**
   * botocore patterns are unanchored but the service matches the whole value, while JSON Schema
   * validators search for a match anywhere; the anchors carry the intent to any validator, and the
   * group keeps an alternation in the model pattern inside them. Anchors alone are not enough for
   * Java, whose {@code $} also matches before a final line break: the core matches whole values.
   */
  static String anchored(String modelPattern) {
    return "^(?:" + modelPattern + ")$";
  }

  private void typed(ObjectNode schema, String type, Shape shape) {
    schema.put("type", type);
    describe(schema, shape);
  }

  private void describe(ObjectNode schema, Shape shape) {
    schema.put("description", descriptions.ofShape(shape.name(), reachable.pageOf(shape.name())));
  }

  private static ObjectNode ref(String shape) {
    return JSON.objectNode().put("$ref", DEFS_PREFIX + shape);
  }

  private static void copyNumber(JsonNode shape, String from, ObjectNode schema, String to) {
    JsonNode value = shape.get(from);
    if (value != null && value.isNumber()) {
      schema.set(
          to,
          value.canConvertToExactIntegral()
              ? JSON.numberNode(value.longValue())
              : value.deepCopy());
    }
  }
}
