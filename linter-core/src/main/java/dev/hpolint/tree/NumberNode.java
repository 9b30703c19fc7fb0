package dev.hpolint.tree;

import dev.hpolint.source.Range;
import java.math.BigDecimal;

/**
 * A number as written. YAML admits infinities and NaN, which have no decimal value: for those
 * {@link #value()} is null and {@link #doubleValue()} tells which.
 */
public final class NumberNode extends Node {
  private final String raw;
  private final BigDecimal value;
  private final double special;
  private final boolean integerLiteral;

  /**
   * @param integerLiteral true when the number is written as an integer (no fraction, no exponent):
   *     {@code 30} is one, {@code 30.0} is not, and the AWS SDKs reject the latter where an integer
   *     is required
   */
  public NumberNode(Range range, String raw, BigDecimal value, boolean integerLiteral) {
    this(range, raw, value, Double.NaN, integerLiteral);
  }

  private NumberNode(
      Range range, String raw, BigDecimal value, double special, boolean integerLiteral) {
    super(range);
    this.raw = raw;
    this.value = value;
    this.special = special;
    this.integerLiteral = integerLiteral;
  }

  /** A YAML {@code .inf}, {@code -.inf} or {@code .nan}. */
  public static NumberNode nonFinite(Range range, String raw, double special) {
    return new NumberNode(range, raw, null, special, false);
  }

  @Override
  public String typeName() {
    return "number";
  }

  /** The text of the number as it stands in the source. */
  public String raw() {
    return raw;
  }

  /** The exact value, or null for a non-finite YAML number. */
  public BigDecimal value() {
    return value;
  }

  public boolean isFinite() {
    return value != null;
  }

  public double doubleValue() {
    return value != null ? value.doubleValue() : special;
  }

  /** True when written as an integer literal; see the constructor. */
  public boolean isIntegerLiteral() {
    return integerLiteral;
  }

  /** True for a finite number without a fractional part, however it is written. */
  public boolean isIntegral() {
    if (value == null) {
      return false;
    }
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}
