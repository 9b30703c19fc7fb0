package dev.hpolint.api;

import dev.hpolint.diagnostic.Severity;
import dev.hpolint.tree.ParseLimits;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a team has decided about hpolint's rules: which are off and which report at another
 * severity. Immutable; the {@code with...} methods return a changed copy.
 */
public record LintConfig(
    Set<String> disabledRules, Map<String, Severity> severities, ParseLimits limits) {

  public static final LintConfig DEFAULT = new LintConfig(Set.of(), Map.of(), ParseLimits.DEFAULT);

  public LintConfig {
    disabledRules = Set.copyOf(disabledRules);
    severities = Map.copyOf(severities);
  }

  public LintConfig withDisabled(String ruleId) {
    Set<String> disabled = new HashSet<>(disabledRules);
    disabled.add(ruleId);
    return new LintConfig(disabled, severities, limits);
  }

  public LintConfig withSeverity(String ruleId, Severity severity) {
    Map<String, Severity> changed = new HashMap<>(severities);
    changed.put(ruleId, severity);
    return new LintConfig(disabledRules, changed, limits);
  }

  public LintConfig withLimits(ParseLimits newLimits) {
    return new LintConfig(disabledRules, severities, newLimits);
  }
}
