package dev.hpolint.lsp.settings;

import dev.hpolint.api.LintConfig;
import dev.hpolint.diagnostic.Severity;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The settings an editor sends: {@code {"hpolint": {"rules": {"RULE-ID": "off|error|warning|info"},
 * "configFile": "/path/.hpolint.yaml"}}}. Only values that were understood make it here; {@link
 * SettingsReader} drops the rest with a warning.
 *
 * @param configFile the project configuration to use for every document instead of the nearest
 *     {@code .hpolint.yaml}, or null
 */
public record ServerSettings(Map<String, RuleSetting> rules, Path configFile) {
  public static final ServerSettings DEFAULT = new ServerSettings(Map.of(), null);

  public ServerSettings {
    rules = Map.copyOf(rules);
  }

  public ServerSettings(Map<String, RuleSetting> rules) {
    this(rules, null);
  }

  /** The editor's rule settings laid over a project's: the editor wins for the rules it names. */
  public dev.hpolint.config.ProjectConfig applyTo(dev.hpolint.config.ProjectConfig base) {
    Set<String> disabled = new HashSet<>(base.disabledRules());
    Map<String, Severity> severities = new HashMap<>(base.severities());
    for (Map.Entry<String, RuleSetting> rule : rules.entrySet()) {
      if (rule.getValue() == RuleSetting.OFF) {
        disabled.add(rule.getKey());
        severities.remove(rule.getKey());
      } else {
        disabled.remove(rule.getKey());
        severities.put(rule.getKey(), rule.getValue().severity());
      }
    }
    return new dev.hpolint.config.ProjectConfig(
        base.file(), disabled, severities, base.ruleFiles(), base.exclude(), base.suppressions());
  }

  /** The configuration with these settings laid over a base. */
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
