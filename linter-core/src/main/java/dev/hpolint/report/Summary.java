package dev.hpolint.report;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import java.util.List;

/** Counts over a run, as every report format shows them. */
public record Summary(int files, int errors, int warnings, int infos, int suppressed) {

  public static Summary of(List<FileReport> files) {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int suppressed = 0;
    for (FileReport file : files) {
      for (Diagnostic diagnostic : file.result().diagnostics()) {
        switch (diagnostic.severity()) {
          case ERROR -> errors++;
          case WARNING -> warnings++;
          case INFO -> infos++;
        }
      }
      suppressed += file.result().suppressed();
    }
    return new Summary(files.size(), errors, warnings, infos, suppressed);
  }

  public int count(Severity severity) {
    return switch (severity) {
      case ERROR -> errors;
      case WARNING -> warnings;
      case INFO -> infos;
    };
  }
}
