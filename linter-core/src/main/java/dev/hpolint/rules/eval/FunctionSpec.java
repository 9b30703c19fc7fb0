package dev.hpolint.rules.eval;

/**
 * One entry of the function registry: the name a rule calls, how many arguments it takes, what kind
 * of result it gives (for the load-time checks), and its implementation.
 */
public record FunctionSpec(
    String name, int minArguments, int maxArguments, Result result, RuleFunction implementation) {

  /** What a call gives, as far as the load-time checks need to know. */
  public enum Result {
    /** One value that is not a document node. */
    SCALAR,
    /** A list of computed values. */
    LIST,
    /** One item of its first argument (a node of the same shape), such as first(). */
    ITEM_OF_FIRST,
    /** Some items of its first argument, such as distinct(). */
    ITEMS_OF_FIRST,
    /** Key nodes: strings that can be reported at. */
    KEYS,
    /** One key node. */
    KEY
  }
}
