package dev.hpolint.baseline;

import java.util.Comparator;

/**
 * What identifies a recorded finding: the file (relative to the baseline's directory, forward
 * slashes), the rule and the JSON Pointer. Line numbers are left out on purpose: they move whenever
 * something is added above, while the member a finding is about keeps its pointer.
 */
public record BaselineKey(String file, String ruleId, String pointer)
    implements Comparable<BaselineKey> {
  private static final Comparator<BaselineKey> ORDER =
      Comparator.comparing(BaselineKey::file)
          .thenComparing(BaselineKey::ruleId)
          .thenComparing(BaselineKey::pointer);

  @Override
  public int compareTo(BaselineKey other) {
    return ORDER.compare(this, other);
  }
}
