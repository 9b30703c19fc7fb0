package dev.hpolint.report;

import dev.hpolint.diagnostic.Severity;
import dev.hpolint.rules.RuleInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * What a report format may need besides the findings: the rules of the run (SARIF describes them),
 * the failure threshold (JUnit marks findings at or above it as failures), whether to colour text,
 * and the directory that report paths are relative to (SARIF and GitHub want repository-relative
 * paths).
 *
 * @param failOn the failure threshold, or null when nothing fails the run
 */
public record ReportContext(
    List<RuleInfo> rules, Severity failOn, boolean colour, Path baseDirectory) {

  public ReportContext {
    rules = List.copyOf(rules);
    baseDirectory = baseDirectory.toAbsolutePath().normalize();
  }

  /** A context for the current directory, failing on errors, without colour. */
  public static ReportContext of(List<RuleInfo> rules) {
    return new ReportContext(rules, Severity.ERROR, false, Path.of(""));
  }
}
