package dev.hpolint.api;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.source.SourceText;
import java.util.List;

/**
 * The findings for one file, sorted by position.
 *
 * @param source the text that was linted, or null when the bytes were not text
 * @param suppressed how many findings were silenced by configuration or comments
 */
public record LintResult(SourceText source, List<Diagnostic> diagnostics, int suppressed) {

  public LintResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** True when some finding is as serious as the threshold or more. */
  public boolean hasAtLeast(Severity threshold) {
    return diagnostics.stream().anyMatch(d -> d.severity().isAtLeast(threshold));
  }
}
