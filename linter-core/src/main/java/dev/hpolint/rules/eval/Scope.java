package dev.hpolint.rules.eval;

/**
 * What names mean at a point of evaluation: the node the rule is looking at, and the variables
 * bound so far (the for-each name, lets, quantifier and comprehension variables). Immutable;
 * binding returns a new scope.
 */
public final class Scope {
  private final Value current;
  private final String name;
  private final Value value;
  private final Scope outer;

  private Scope(Value current, String name, Value value, Scope outer) {
    this.current = current;
    this.name = name;
    this.value = value;
    this.outer = outer;
  }

  public static Scope of(Value current) {
    return new Scope(current, null, null, null);
  }

  public Scope bind(String variable, Value bound) {
    return variable == null ? this : new Scope(current, variable, bound, this);
  }

  /** The value bound to a name, or null when the name is not a variable here. */
  public Value lookup(String variable) {
    for (Scope scope = this; scope != null; scope = scope.outer) {
      if (variable.equals(scope.name)) {
        return scope.value;
      }
    }
    return null;
  }

  public Value current() {
    return current;
  }
}
