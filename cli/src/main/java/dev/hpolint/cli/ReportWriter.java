package dev.hpolint.cli;

import dev.hpolint.files.AtomicFiles;
import dev.hpolint.report.FileReport;
import dev.hpolint.report.ReportContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run's reports where the options send them: files whole and atomically (a CI step that
 * reads a half-written SARIF file fails in confusing ways), the one without a file to the console.
 */
final class ReportWriter {
  private final List<ReportOptions.Target> targets;
  private final ReportContext context;

  ReportWriter(List<ReportOptions.Target> targets, ReportContext context) {
    this.targets = targets;
    this.context = context;
  }

  /**
   * Writes every report. The console report goes to {@code console}, which is standard error when
   * standard output carries fixed text or a diff.
   *
   * @return the problems, one line each; empty when every report was written
   */
  List<String> write(List<FileReport> files, PrintWriter console) {
    List<String> problems = new ArrayList<>();
    for (ReportOptions.Target target : targets) {
      StringBuilder text = new StringBuilder();
      try {
        target.format().create(context).write(files, text);
        if (target.file() == null) {
          console.print(text);
          console.flush();
        } else {
          AtomicFiles.write(target.file(), text.toString().getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        problems.add(
            "cannot write the "
                + target.format().name()
                + " report to "
                + target.file()
                + ": "
                + FileFinder.describe(e));
      }
    }
    return problems;
  }
}
