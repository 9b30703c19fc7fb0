package dev.hpolint.rules.ast;

/** The operators with two operands, with the symbol a rule file writes. */
public enum BinaryOp {
  OR("or"),
  AND("and"),
  EQ("=="),
  NE("!="),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">="),
  IN("in"),
  NOT_IN("not in"),
  ADD("+"),
  SUBTRACT("-"),
  MULTIPLY("*"),
  DIVIDE("/"),
  REMAINDER("%"),
  COALESCE("??");

  private final String symbol;

  BinaryOp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public boolean isComparison() {
    return ordinal() >= EQ.ordinal() && ordinal() <= NOT_IN.ordinal();
  }

  public boolean isArithmetic() {
    return ordinal() >= ADD.ordinal() && ordinal() <= REMAINDER.ordinal();
  }
}
