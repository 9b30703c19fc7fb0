package dev.hpolint.report;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.source.Range;
import dev.hpolint.source.SourceText;
import java.io.IOException;
import java.util.List;

/**
 * The report for people, like a compiler's: {@code path:line:col: severity RULE-ID message}, then
 * the source line with a caret under the span. Colour only when asked (the command asks on a
 * terminal).
 */
public final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final int MAX_SHOWN_LINE = 200;

  private final boolean colour;

  public TextReporter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void write(List<FileReport> files, Appendable out) throws IOException {
    for (FileReport file : files) {
      for (Diagnostic diagnostic : file.result().diagnostics()) {
        writeDiagnostic(file, diagnostic, out);
      }
    }
    out.append(summaryLine(Summary.of(files))).append('\n');
  }

  private void writeDiagnostic(FileReport file, Diagnostic diagnostic, Appendable out)
      throws IOException {
    Range range = diagnostic.range();
    int line = range.start().line() + 1;
    int column = range.start().column() + 1;
    out.append(style(BOLD, file.path() + ":" + line + ":" + column + ":"))
        .append(' ')
        .append(style(severityColour(diagnostic.severity()), diagnostic.severity().label()))
        .append(' ')
        .append(style(DIM, diagnostic.ruleId()))
        .append(' ')
        .append(diagnostic.message())
        .append('\n');
    SourceText source = file.result().source();
    if (source != null && !source.text().isEmpty()) {
      writeExcerpt(source, range, diagnostic.severity(), out);
    }
  }

  private void writeExcerpt(SourceText source, Range range, Severity severity, Appendable out)
      throws IOException {
    int lineNumber = range.start().line();
    if (lineNumber >= source.lines().lineCount()) {
      return;
    }
    String line = source.lineText(lineNumber).replace('\t', ' ');
    int start = Math.min(range.start().column(), line.length());
    int end =
        range.end().line() == lineNumber
            ? Math.min(range.end().column(), line.length())
            : line.length();
    if (line.length() > MAX_SHOWN_LINE) {
      // Show a window around the span of a very long line (a minified JSON file).
      int from = Math.max(0, Math.min(start - 40, line.length() - MAX_SHOWN_LINE));
      line = line.substring(from, Math.min(line.length(), from + MAX_SHOWN_LINE));
      start -= from;
      end = Math.min(end - from, line.length());
    }
    String gutter = String.format("%5d | ", lineNumber + 1);
    out.append(style(DIM, gutter)).append(line).append('\n');
    int width = Math.max(1, end - start);
    out.append(" ".repeat(gutter.length() - 2))
        .append(style(DIM, "| "))
        .append(" ".repeat(Math.max(0, start)))
        .append(style(severityColour(severity), "^" + "~".repeat(width - 1)))
        .append('\n');
  }

  static String summaryLine(Summary summary) {
    String files = summary.files() == 1 ? "1 file" : summary.files() + " files";
    if (summary.errors() + summary.warnings() + summary.infos() == 0) {
      return "No problems found in "
          + files
          + "."
          + (summary.suppressed() > 0 ? " (" + summary.suppressed() + " suppressed)" : "");
    }
    return plural(summary.errors(), "error")
        + ", "
        + plural(summary.warnings(), "warning")
        + ", "
        + plural(summary.infos(), "info")
        + " in "
        + files
        + "."
        + (summary.suppressed() > 0 ? " (" + summary.suppressed() + " suppressed)" : "");
  }

  private static String plural(int count, String word) {
    return count + " " + word + (count == 1 || word.equals("info") ? "" : "s");
  }

  private String severityColour(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
  }

  private String style(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
