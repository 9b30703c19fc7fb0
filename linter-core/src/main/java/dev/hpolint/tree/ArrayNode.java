package dev.hpolint.tree;

import dev.hpolint.source.Range;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An array (JSON) or sequence (YAML). */
public final class ArrayNode extends Node {
  private final List<Node> items;

  public ArrayNode(Range range, List<Node> items) {
    super(range);
    this.items = Collections.unmodifiableList(new ArrayList<>(items));
    for (int i = 0; i < this.items.size(); i++) {
      this.items.get(i).attach(this, null, i);
    }
  }

  @Override
  public String typeName() {
    return "array";
  }

  public List<Node> items() {
    return items;
  }

  public int size() {
    return items.size();
  }
}
