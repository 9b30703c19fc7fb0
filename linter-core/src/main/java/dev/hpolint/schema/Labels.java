package dev.hpolint.schema;

import dev.hpolint.tree.JsonPointer;
import java.util.List;

/**
 * Names places of a document the way a user reads them: InputDataConfig[0],
 * StaticHyperParameters.eta.
 */
public final class Labels {

  private Labels() {}

  public static String of(String pointer) {
    List<String> tokens = JsonPointer.tokens(pointer);
    if (tokens.isEmpty()) {
      return "the request";
    }
    String last = tokens.get(tokens.size() - 1);
    if (isIndex(last)) {
      String owner = tokens.size() >= 2 ? tokens.get(tokens.size() - 2) : "item";
      return owner + "[" + last + "]";
    }
    return last;
  }

  /** The label of a member under a parent, as "Parent.Member" when the parent is itself named. */
  public static String member(String parentPointer, String name) {
    return parentPointer.isEmpty() ? name : of(parentPointer) + "." + name;
  }

  static boolean isIndex(String token) {
    return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
  }
}
