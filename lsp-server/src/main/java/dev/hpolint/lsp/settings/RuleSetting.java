package dev.hpolint.lsp.settings;

import dev.hpolint.diagnostic.Severity;
import java.util.Locale;

/** What a user set for one rule: off, or reported at a severity of their choice. */
public enum RuleSetting {
  OFF(null),
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  INFO(Severity.INFO);

  private final Severity severity;

  RuleSetting(Severity severity) {
    this.severity = severity;
  }

  /** The severity to report at, or null for {@link #OFF}. */
  public Severity severity() {
    return severity;
  }

  /** Reads off, error, warning or info in any letter case; null for anything else. */
  public static RuleSetting parse(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "off" -> OFF;
      case "error" -> ERROR;
      case "warning" -> WARNING;
      case "info" -> INFO;
      default -> null;
    };
  }
}
