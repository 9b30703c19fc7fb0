package dev.hpolint.maven;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.report.FileReport;
import dev.hpolint.report.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Puts findings in the build log, one line each ({@code file:line:col RULE-ID message}, at the log
 * level of their severity), and words the build failure.
 */
final class FindingLog {
  private final Log log;
  private final Path base;

  FindingLog(Log log, Path base) {
    this.log = log;
    this.base = base;
  }

  void log(FileReport report) {
    String file = shown(report.path());
    for (Diagnostic finding : report.result().diagnostics()) {
      String line =
          file
              + ":"
              + (finding.range().start().line() + 1)
              + ":"
              + (finding.range().start().column() + 1)
              + " "
              + finding.ruleId()
              + " "
              + finding.message();
      switch (finding.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        case INFO -> log.info(line);
      }
    }
  }

  /** The failure message when findings reach the threshold, else null. */
  String failure(List<FileReport> reports, Severity threshold) {
    if (threshold == null) {
      return null;
    }
    List<String> files = new ArrayList<>();
    int[] counts = new int[Severity.values().length];
    for (FileReport report : reports) {
      boolean failing = false;
      for (Diagnostic finding : report.result().diagnostics()) {
        if (finding.severity().isAtLeast(threshold)) {
          counts[finding.severity().ordinal()]++;
          failing = true;
        }
      }
      if (failing) {
        files.add(shown(report.path()));
      }
    }
    if (files.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      if (counts[severity.ordinal()] > 0) {
        parts.add(plural(counts[severity.ordinal()], severity));
      }
    }
    return "hpolint found "
        + String.join(" and ", parts)
        + " in "
        + (files.size() == 1 ? "1 file" : files.size() + " files")
        + ": "
        + String.join(", ", files);
  }

  static String summary(List<FileReport> reports) {
    Summary summary = Summary.of(reports);
    return (summary.files() == 1 ? "1 request" : summary.files() + " requests")
        + " checked: "
        + plural(summary.errors(), Severity.ERROR)
        + ", "
        + plural(summary.warnings(), Severity.WARNING)
        + ", "
        + plural(summary.infos(), Severity.INFO);
  }

  private String shown(String path) {
    Path file = Path.of(path);
    return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
  }

  private static String plural(int count, Severity severity) {
    String word = severity.label();
    return count + " " + word + (count == 1 || severity == Severity.INFO ? "" : "s");
  }
}
