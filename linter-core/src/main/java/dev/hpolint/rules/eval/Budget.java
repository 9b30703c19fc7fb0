package dev.hpolint.rules.eval;

/**
 * The evaluation steps one document may take across the rules of a file. Spending past the limit
 * ends evaluation of that document with {@link Exhausted}, which the check catches: rules are
 * bounded however large or strange the document.
 */
public final class Budget {
  /** Enough for the largest real requests many times over; a hostile document stops here. */
  public static final long DEFAULT_STEPS = 2_000_000;

  private final long limit;
  private long spent;

  public Budget(long limit) {
    this.limit = limit;
  }

  public void spend(long steps) {
    spent += steps;
    if (spent > limit) {
      throw new Exhausted();
    }
  }

  public long spent() {
    return spent;
  }

  public long limit() {
    return limit;
  }

  /** Thrown when the budget is spent; never leaves the check. */
  public static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exhausted() {
      super("evaluation budget exhausted", null, false, false);
    }
  }
}
