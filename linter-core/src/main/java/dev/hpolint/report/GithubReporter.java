package dev.hpolint.report;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.source.Range;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the line of the pull
 * request it concerns ({@code ::error file=...,line=...::message}), followed by the summary line.
 * Paths are relative to the base directory, the checkout's root in a workflow.
 */
public final class GithubReporter implements Reporter {
  private final Path baseDirectory;

  public GithubReporter(Path baseDirectory) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
  }

  @Override
  public void write(List<FileReport> files, Appendable out) throws IOException {
    for (FileReport file : files) {
      String path = ReportPaths.relative(file.path(), baseDirectory);
      for (Diagnostic finding : file.result().diagnostics()) {
        Range range = finding.range();
        out.append("::")
            .append(command(finding))
            .append(" file=")
            .append(property(path))
            .append(",line=")
            .append(String.valueOf(range.start().line() + 1))
            .append(",col=")
            .append(String.valueOf(range.start().column() + 1))
            .append(",endLine=")
            .append(String.valueOf(range.end().line() + 1))
            .append(",endColumn=")
            .append(String.valueOf(range.end().column() + 1))
            .append(",title=")
            .append(property(finding.ruleId()))
            .append("::")
            .append(data(finding.message()))
            .append('\n');
      }
    }
    out.append(TextReporter.summaryLine(Summary.of(files))).append('\n');
  }

  private static String command(Diagnostic finding) {
    return switch (finding.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** The message: GitHub reads %, CR and LF specially anywhere in it. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: besides the message's escapes, : and , end a property. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
