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
    int last = tokens.size() - 1;
    String label = segment(tokens, last);
    int named = isIndex(tokens.get(last)) ? last - 1 : last;
    // Inside a list item, name the item too: CategoricalParameterRanges[1].Values[0] says which
    // range, where Values[0] alone would not.
    if (named >= 2 && isIndex(tokens.get(named - 1))) {
      label = segment(tokens, named - 1) + "." + label;
    }
    return label;
  }

  /** A token with the index that follows its name: Values[0], or the name alone. */
  private static String segment(List<String> tokens, int at) {
    String token = tokens.get(at);
    if (isIndex(token)) {
      String owner = at >= 1 ? tokens.get(at - 1) : "item";
      return owner + "[" + token + "]";
    }
    return token;
  }

  /** The label of a member under a parent, as "Parent.Member" when the parent is itself named. */
  public static String member(String parentPointer, String name) {
    return parentPointer.isEmpty() ? name : of(parentPointer) + "." + name;
  }

  static boolean isIndex(String token) {
    return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
  }
}
