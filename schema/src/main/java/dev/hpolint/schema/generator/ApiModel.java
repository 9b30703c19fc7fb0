package dev.hpolint.schema.generator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Read access to a botocore {@code service-2.json}. Every lookup that can miss says what was
 * missing, because the model may be a user's newer (or hand-trimmed) copy.
 */
final class ApiModel {

  private final JsonNode root;
  private final JsonNode shapes;
  private final JsonNode operations;

  ApiModel(JsonNode root) {
    if (root == null || !root.path("operations").isObject() || !root.path("shapes").isObject()) {
      throw new IllegalArgumentException(
          "not a botocore service model: expected top-level objects 'operations' and 'shapes'");
    }
    this.root = root;
    this.shapes = root.get("shapes");
    this.operations = root.get("operations");
  }

  JsonNode metadata() {
    return root.path("metadata");
  }

  String inputShapeOf(String operation) {
    return ioShapeOf(operation, "input");
  }

  String outputShapeOf(String operation) {
    return ioShapeOf(operation, "output");
  }

  private String ioShapeOf(String operation, String direction) {
    JsonNode op = operations.get(operation);
    if (op == null) {
      throw new IllegalArgumentException(
          "operation '"
              + operation
              + "' is not in the API model; it defines "
              + new TreeSet<>(fieldNames(operations)));
    }
    String shape = op.path(direction).path("shape").asText("");
    if (shape.isEmpty()) {
      throw new IllegalArgumentException(
          "operation '" + operation + "' has no " + direction + " shape");
    }
    return shape(shape, "the " + direction + " of operation " + operation).name();
  }

  /** Looks a shape up; {@code referrer} names where the reference came from, for the error. */
  Shape shape(String name, String referrer) {
    JsonNode node = shapes.get(name);
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(
          "shape '" + name + "', referenced by " + referrer + ", is not defined in the API model");
    }
    return new Shape(name, node);
  }

  static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** One named shape of the model: a thin view over its JSON. */
  record Shape(String name, JsonNode node) {

    String type() {
      return node.path("type").asText("");
    }

    /** A structure with members; botocore also spells documents (any JSON) as structures. */
    boolean isStructure() {
      return "structure".equals(type()) && !isDocument();
    }

    boolean isDocument() {
      return "structure".equals(type()) && node.path("document").asBoolean(false);
    }

    /** Member names in model order; empty for non-structures. */
    List<String> memberNames() {
      JsonNode members = node.path("members");
      return members.isObject() ? fieldNames(members) : List.of();
    }

    String memberTarget(String member) {
      return targetOf(node.path("members").path(member), name + "." + member);
    }

    /** Target of {@code member}, {@code key} or {@code value} of a list or map. */
    String partTarget(String part) {
      return targetOf(node.path(part), name + " (its " + part + ")");
    }

    private static String targetOf(JsonNode reference, String where) {
      String target = reference.path("shape").asText("");
      if (target.isEmpty()) {
        throw new IllegalArgumentException(where + " does not name a target shape");
      }
      return target;
    }

    boolean memberDeprecated(String member) {
      return node.path("members").path(member).path("deprecated").asBoolean(false);
    }
  }
}
