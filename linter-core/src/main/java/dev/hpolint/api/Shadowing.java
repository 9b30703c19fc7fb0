package dev.hpolint.api;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.yaml.YamlAmbiguityCheck;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One defect, one finding, across checks: an advisory finding on exactly the span of an error is
 * dropped, because fixing the error settles it (quoting {@code OFF} as {@code "Off"} for the enum
 * error also ends the YAML ambiguity of the unquoted word).
 */
final class Shadowing {
  private static final Set<String> SHADOWABLE = Set.of(YamlAmbiguityCheck.ID);

  private Shadowing() {}

  static List<Diagnostic> apply(List<Diagnostic> findings) {
    Set<String> errorSpans = new HashSet<>();
    for (Diagnostic finding : findings) {
      if (finding.severity() == Severity.ERROR && !SHADOWABLE.contains(finding.ruleId())) {
        errorSpans.add(span(finding));
      }
    }
    return findings.stream()
        .filter(f -> !(SHADOWABLE.contains(f.ruleId()) && errorSpans.contains(span(f))))
        .toList();
  }

  private static String span(Diagnostic finding) {
    return finding.range().start().offset() + ":" + finding.range().end().offset();
  }
}
