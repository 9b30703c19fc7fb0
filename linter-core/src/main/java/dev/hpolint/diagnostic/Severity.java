package dev.hpolint.diagnostic;

import java.util.Locale;

/** How serious a finding is, most serious first. */
public enum Severity {
  /** The service (or the AWS SDK) rejects the request. */
  ERROR,
  /** Accepted, but almost surely a mistake, ignored, or costly. */
  WARNING,
  /** Advice. */
  INFO;

  /** True when this severity is as serious as the threshold or more. */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses error, warning or info in any letter case; null when the text is none of them. */
  public static Severity parse(String text) {
    if (text == null) {
      return null;
    }
    for (Severity severity : values()) {
      if (severity.label().equalsIgnoreCase(text.trim())) {
        return severity;
      }
    }
    return null;
  }
}
