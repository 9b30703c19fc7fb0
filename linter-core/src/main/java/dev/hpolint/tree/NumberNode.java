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

  public NumberNode(Range range, String raw, BigDecimal value) {
    this(range, raw, value, Double.NaN);
  }

  private NumberNode(Range range, String raw, BigDecimal value, double special) {
    super(range);
    this.raw = raw;
    this.value = value;
    this.special = special;
  }

  /** A YAML {@code .inf}, {@code -.inf} or {@code .nan}. */
  public static NumberNode nonFinite(Range range, String raw, double special) {
    return new NumberNode(range, raw, null, special);
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

  /** True for a finite number without a fractional part. */
  public boolean isIntegral() {
    if (value == null) {
      return false;
    }
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}
