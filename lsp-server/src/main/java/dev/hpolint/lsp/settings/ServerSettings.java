package dev.hpolint.lsp.settings;

import dev.hpolint.api.LintConfig;
import java.util.Map;

/**
 * The settings an editor sends: {@code {"hpolint": {"rules": {"RULE-ID":
 * "off|error|warning|info"}}}}. Only values that were understood make it here; {@link
 * SettingsReader} drops the rest with a warning.
 */
public record ServerSettings(Map<String, RuleSetting> rules) {
  public static final ServerSettings DEFAULT = new ServerSettings(Map.of());

  public ServerSettings {
    rules = Map.copyOf(rules);
  }

  /** The configuration with these settings laid over a base (such as a project's file). */
  public LintConfig applyTo(LintConfig base) {
    LintConfig config = base;
    for (Map.Entry<String, RuleSetting> rule : rules.entrySet()) {
      if (rule.getValue() == RuleSetting.OFF) {
        config = config.withDisabled(rule.getKey());
      } else {
        config = config.withSeverity(rule.getKey(), rule.getValue().severity());
      }
    }
    return config;
  }
}
