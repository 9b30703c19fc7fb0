package dev.hpolint.rules.builtin;

import dev.hpolint.rules.eval.Budget;

/**
 * Text that charges the evaluation budget for every character a regular expression reads, so that a
 * pattern that backtracks badly on a long value ends at the budget instead of running for hours.
 */
final class BoundedText implements CharSequence {
  private final String text;
  private final Budget budget;

  BoundedText(String text, Budget budget) {
    this.text = text;
    this.budget = budget;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    budget.spend(1);
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new BoundedText(text.substring(start, end), budget);
  }

  @Override
  public String toString() {
    return text;
  }
}
