package dev.hpolint.schema.generator;

import dev.hpolint.schema.generator.ApiModel.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shapes reachable from an operation's input, each paired with the API Reference page that
 * documents it. AWS publishes a page per structure (and one per operation for its request), not per
 * string, list or map, so those link to the first structure that uses them.
 */
final class ReachableShapes {

  private final Map<String, String> pageByShape = new LinkedHashMap<>();
  private final ApiModel model;
  private final String inputShape;
  private final String operation;

  private ReachableShapes(ApiModel model, String operation) {
    this.model = model;
    this.operation = operation;
    this.inputShape = model.inputShapeOf(operation);
  }

  static ReachableShapes of(ApiModel model, String operation) {
    ReachableShapes reachable = new ReachableShapes(model, operation);
    reachable.visit(model.shape(reachable.inputShape, "operation " + operation), operation);
    return reachable;
  }

  String inputShape() {
    return inputShape;
  }

  /** Sorted, so that the generated {@code $defs} do not move when the model reorders shapes. */
  Set<String> names() {
    return new TreeSet<>(pageByShape.keySet());
  }

  /** Name of the API Reference page ({@code API_<name>.html}) that documents the shape. */
  String pageOf(String shape) {
    return pageByShape.get(shape);
  }

  private void visit(Shape shape, String enclosingPage) {
    if (pageByShape.containsKey(shape.name())) {
      return;
    }
    boolean structure = shape.isStructure();
    String page =
        !structure ? enclosingPage : shape.name().equals(inputShape) ? operation : shape.name();
    pageByShape.put(shape.name(), page);
    if (structure) {
      for (String member : shape.memberNames()) {
        visit(model.shape(shape.memberTarget(member), shape.name() + "." + member), page);
      }
    } else if ("list".equals(shape.type())) {
      visit(model.shape(shape.partTarget("member"), shape.name()), page);
    } else if ("map".equals(shape.type())) {
      visit(model.shape(shape.partTarget("key"), shape.name()), page);
      visit(model.shape(shape.partTarget("value"), shape.name()), page);
    }
  }
}
