package dev.hpolint.rules.load;

import dev.hpolint.schema.Shape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the loader knows about an expression before any document is seen: whether it can select many
 * nodes, whether it is a computed value rather than a node, and which shapes of the API model its
 * nodes can have (null when that is not known, and then anything goes).
 */
record StaticType(boolean many, boolean computed, Set<Chain> shapes) {

  static final StaticType UNKNOWN_NODE = new StaticType(false, false, null);
  static final StaticType VALUE = new StaticType(false, true, Set.of());
  static final StaticType VALUES = new StaticType(true, true, Set.of());

  /** The shapes from the root down to a node; rooted is false when the top is not known. */
  record Chain(List<Shape> shapes, boolean rooted) {
    Shape last() {
      return shapes.get(shapes.size() - 1);
    }

    Chain child(Shape shape) {
      List<Shape> longer = new ArrayList<>(shapes);
      longer.add(shape);
      return new Chain(List.copyOf(longer), rooted);
    }

    /** The parent's chain, or null when it is not known. */
    Chain parent() {
      if (shapes.size() <= 1) {
        return null;
      }
      return new Chain(List.copyOf(shapes.subList(0, shapes.size() - 1)), rooted);
    }
  }

  boolean knowsShapes() {
    return shapes != null && !computed;
  }

  StaticType single() {
    return new StaticType(false, computed, shapes);
  }

  StaticType asMany() {
    return new StaticType(true, computed, shapes);
  }

  static StaticType nodes(boolean many, Set<Chain> shapes) {
    return new StaticType(many, false, shapes);
  }

  /** Either of two types, as after '??', '|' or if-then-else. */
  static StaticType either(StaticType a, StaticType b, boolean many) {
    Set<Chain> shapes;
    if (a.computed && b.computed) {
      shapes = Set.of();
    } else if (a.computed) {
      shapes = b.shapes;
    } else if (b.computed) {
      shapes = a.shapes;
    } else if (a.shapes == null || b.shapes == null) {
      shapes = null;
    } else {
      Set<Chain> union = new LinkedHashSet<>(a.shapes);
      union.addAll(b.shapes);
      shapes = union;
    }
    return new StaticType(many, a.computed && b.computed, shapes);
  }
}
