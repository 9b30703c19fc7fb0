package dev.hpolint.report;

import dev.hpolint.diagnostic.Diagnostic;
import java.io.IOException;
import java.util.List;

/**
 * Checkstyle's XML report (format version 8.0), which review bots and CI dashboards read for many
 * linters: one {@code file} element per file, one {@code error} element per finding with its
 * one-based line and column, severity, message and the rule id as its source.
 */
public final class CheckstyleReporter implements Reporter {

  @Override
  public void write(List<FileReport> files, Appendable out) throws IOException {
    out.append(Xml.DECLARATION).append("<checkstyle version=\"8.0\">\n");
    for (FileReport file : files) {
      out.append("  <file name=\"").append(Xml.attribute(file.path())).append("\">\n");
      for (Diagnostic finding : file.result().diagnostics()) {
        out.append("    <error line=\"")
            .append(String.valueOf(finding.range().start().line() + 1))
            .append("\" column=\"")
            .append(String.valueOf(finding.range().start().column() + 1))
            .append("\" severity=\"")
            .append(finding.severity().label())
            .append("\" message=\"")
            .append(Xml.attribute(finding.message()))
            .append("\" source=\"")
            .append(Xml.attribute(finding.ruleId()))
            .append("\"/>\n");
      }
      out.append("  </file>\n");
    }
    out.append("</checkstyle>\n");
  }
}
