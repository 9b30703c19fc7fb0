package dev.hpolint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.api.LintResult;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.report.FileReport;
import dev.hpolint.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class FindingLogTest {
  private static final Path BASE = Path.of("/project");

  /** Keeps what the mojo logs, with its level. */
  private static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void error(CharSequence content) {
      lines.add("[ERROR] " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("[WARNING] " + content);
    }

    @Override
    public void info(CharSequence content) {
      lines.add("[INFO] " + content);
    }
  }

  private static FileReport report(String path, Severity... severities) {
    SourceText source = SourceText.of(path, "{\n  \"A\": 1\n}\n");
    List<Diagnostic> findings = new ArrayList<>();
    for (Severity severity : severities) {
      findings.add(new Diagnostic("HPO-X", severity, "A is odd", "/A", source.range(4, 7)));
    }
    return new FileReport(path, new LintResult(source, findings, 0));
  }

  @Test
  void findingsAreLoggedRelativeToTheProjectAtTheirLevel() {
    RecordingLog log = new RecordingLog();
    new FindingLog(log, BASE)
        .log(report("/project/jobs/a.json", Severity.ERROR, Severity.WARNING, Severity.INFO));
    assertThat(log.lines)
        .containsExactly(
            "[ERROR] jobs/a.json:2:3 HPO-X A is odd",
            "[WARNING] jobs/a.json:2:3 HPO-X A is odd",
            "[INFO] jobs/a.json:2:3 HPO-X A is odd");
  }

  @Test
  void theFailureCountsWhatReachesTheThresholdAndNamesTheFiles() {
    FindingLog log = new FindingLog(new RecordingLog(), BASE);
    List<FileReport> reports =
        List.of(
            report("/project/a.json", Severity.ERROR, Severity.ERROR),
            report("/project/b.yaml", Severity.WARNING),
            report("/project/c.yaml", Severity.INFO));
    assertThat(log.failure(reports, Severity.ERROR))
        .isEqualTo("hpolint found 2 errors in 1 file: a.json");
    assertThat(log.failure(reports, Severity.WARNING))
        .isEqualTo("hpolint found 2 errors and 1 warning in 2 files: a.json, b.yaml");
    assertThat(log.failure(reports, null)).isNull();
    assertThat(log.failure(List.of(report("/project/c.yaml", Severity.INFO)), Severity.WARNING))
        .isNull();
    assertThat(FindingLog.summary(reports))
        .isEqualTo("3 requests checked: 2 errors, 1 warning, 1 info");
  }
}
