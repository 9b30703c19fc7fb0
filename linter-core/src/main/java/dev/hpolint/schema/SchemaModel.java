package dev.hpolint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hpolint.tree.JsonPointer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request schema read as a model of shapes, for everything that needs to know what a place in a
 * document may hold: error messages (valid member names, allowed values), the rule language's path
 * checks, and an editor's completion and hover.
 */
public final class SchemaModel {
  public static final String SCHEMA_RESOURCE =
      "/dev/hpolint/schema/create-hyper-parameter-tuning-job.schema.json";

  private static volatile SchemaModel bundled;

  private final JsonNode schema;
  private final Map<String, Shape> shapes;
  private final String rootShape;

  private SchemaModel(JsonNode schema) {
    this.schema = schema;
    this.shapes = new LinkedHashMap<>();
    JsonNode defs = schema.path("$defs");
    defs.fieldNames().forEachRemaining(name -> shapes.put(name, readShape(name, defs.get(name))));
    this.rootShape = refName(schema.path("$ref").asText());
  }

  /** The schema bundled with hpolint, read once per process. */
  public static SchemaModel bundled() {
    SchemaModel model = bundled;
    if (model == null) {
      synchronized (SchemaModel.class) {
        model = bundled;
        if (model == null) {
          model = bundled = read(SchemaModel.class.getResourceAsStream(SCHEMA_RESOURCE));
        }
      }
    }
    return model;
  }

  public static SchemaModel read(InputStream in) {
    if (in == null) {
      throw new IllegalStateException(
          "hpolint's request schema is missing from the class path: " + SCHEMA_RESOURCE);
    }
    try (in) {
      return new SchemaModel(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request schema", e);
    }
  }

  /** The schema document itself, for the validator. */
  public JsonNode schemaDocument() {
    return schema;
  }

  /** What the schema was generated from, such as "sagemaker-2017-07-24". */
  public String apiModelName() {
    JsonNode model = schema.path("x-hpolint-api-model");
    return model.path("uid").asText("unknown");
  }

  public String operation() {
    return schema
        .path("x-hpolint-api-model")
        .path("operation")
        .asText("CreateHyperParameterTuningJob");
  }

  public Shape root() {
    return shapes.get(rootShape);
  }

  public Shape shape(String name) {
    return name == null ? null : shapes.get(name);
  }

  public Map<String, Shape> shapes() {
    return Collections.unmodifiableMap(shapes);
  }

  /**
   * The shape of the value a JSON Pointer names, following members, map values and list items, or
   * null when the pointer leaves the schema (an unknown member).
   */
  public Shape shapeAt(String pointer) {
    Shape current = root();
    for (String token : JsonPointer.tokens(pointer)) {
      if (current == null) {
        return null;
      }
      current = child(current, token);
    }
    return current;
  }

  /** The shape under one step of a path: a member, any map value, or any list item. */
  public Shape child(Shape parent, String token) {
    if (parent.isList()) {
      return shape(parent.itemShape());
    }
    if (parent.isMap()) {
      return shape(parent.valueShape());
    }
    Shape.Property property = parent.properties().get(token);
    return property == null ? null : shape(property.shape());
  }

  /** Every shape reachable from the root, for checks that want to know a name exists somewhere. */
  public Set<String> allMemberNames() {
    Set<String> names = new HashSet<>();
    for (Shape shape : shapes.values()) {
      names.addAll(shape.properties().keySet());
    }
    return names;
  }

  private static Shape readShape(String name, JsonNode node) {
    Map<String, Shape.Property> properties = new LinkedHashMap<>();
    List<String> required = strings(node.path("required"));
    JsonNode props = node.path("properties");
    props
        .fieldNames()
        .forEachRemaining(
            member -> {
              JsonNode property = props.get(member);
              properties.put(
                  member,
                  new Shape.Property(
                      member,
                      refName(property.path("$ref").asText()),
                      property.path("description").asText(""),
                      required.contains(member)));
            });
    boolean isMap = node.has("propertyNames") || node.path("additionalProperties").isObject();
    Shape keyConstraints = null;
    String keyShape = null;
    if (node.has("propertyNames")) {
      JsonNode keys = node.get("propertyNames");
      keyShape = keys.path("x-hpolint-shape").asText(null);
      keyConstraints = readShape(keyShape == null ? name + "Key" : keyShape, keys);
    }
    return new Shape(
        name,
        node.path("type").asText(null),
        node.path("description").asText(""),
        Collections.unmodifiableMap(properties),
        required,
        strings(node.path("enum")),
        node.path("pattern").asText(null),
        integer(node, "minLength"),
        integer(node, "maxLength"),
        decimal(node, "minimum"),
        decimal(node, "maximum"),
        integer(node, "minItems"),
        integer(node, "maxItems"),
        integer(node, "minProperties"),
        integer(node, "maxProperties"),
        refName(node.path("items").path("$ref").asText()),
        refName(node.path("additionalProperties").path("$ref").asText()),
        isMap,
        keyShape,
        keyConstraints);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return Collections.unmodifiableList(values);
  }

  private static Integer integer(JsonNode node, String field) {
    return node.has(field) ? node.get(field).asInt() : null;
  }

  private static BigDecimal decimal(JsonNode node, String field) {
    return node.has(field) ? node.get(field).decimalValue() : null;
  }

  private static String refName(String ref) {
    int slash = ref.lastIndexOf('/');
    return ref.isEmpty() ? null : ref.substring(slash + 1);
  }
}
