package dev.hpolint.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** RFC 6901 JSON Pointers: building one for a node, and finding the node a pointer names. */
public final class JsonPointer {

  private JsonPointer() {}

  public static String of(Node node) {
    Deque<String> tokens = new ArrayDeque<>();
    Node current = node;
    while (current.parent() != null) {
      // A key has no pointer of its own: it is reported under the member it names, as is the
      // member's value.
      if (current.keyInParent() != null) {
        tokens.push(escape(current.keyInParent()));
      } else {
        tokens.push(Integer.toString(current.indexInParent()));
      }
      current = current.parent();
    }
    StringBuilder pointer = new StringBuilder();
    for (String token : tokens) {
      pointer.append('/').append(token);
    }
    return pointer.toString();
  }

  /** Appends one reference token to a pointer. */
  public static String child(String pointer, String token) {
    return pointer + "/" + escape(token);
  }

  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  public static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer == null || pointer.isEmpty()) {
      return tokens;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  /** The node a pointer names, or null when the document has no such node. */
  public static Node resolve(Node root, String pointer) {
    Node current = root;
    for (String token : tokens(pointer)) {
      if (current instanceof ObjectNode object) {
        current = object.get(token);
      } else if (current instanceof ArrayNode array) {
        int index = parseIndex(token);
        current = index >= 0 && index < array.size() ? array.items().get(index) : null;
      } else {
        current = null;
      }
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  /** The last reference token of a pointer, or "" for the root. */
  public static String lastToken(String pointer) {
    List<String> tokens = tokens(pointer);
    return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
  }

  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  private static int parseIndex(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
