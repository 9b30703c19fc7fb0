package dev.hpolint.report;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import java.io.IOException;
import java.util.List;

/**
 * JUnit XML, which every CI server shows as test results: one test suite per file and one test case
 * per finding. A finding at or above the failure threshold is a failed test; one below it passes
 * and carries its message as output, so it is seen without failing the build. A file without
 * findings has one passing test case, so that it shows as checked.
 */
public final class JunitReporter implements Reporter {
  private final Severity failOn;

  /**
   * @param failOn the least serious severity that fails, or null when nothing fails the run
   */
  public JunitReporter(Severity failOn) {
    this.failOn = failOn;
  }

  @Override
  public void write(List<FileReport> files, Appendable out) throws IOException {
    int tests = 0;
    int failures = 0;
    for (FileReport file : files) {
      tests += Math.max(1, file.result().diagnostics().size());
      failures += failures(file);
    }
    out.append(Xml.DECLARATION);
    out.append("<testsuites name=\"hpolint\" tests=\"")
        .append(String.valueOf(tests))
        .append("\" failures=\"")
        .append(String.valueOf(failures))
        .append("\" errors=\"0\">\n");
    for (FileReport file : files) {
      writeSuite(file, out);
    }
    out.append("</testsuites>\n");
  }

  private void writeSuite(FileReport file, Appendable out) throws IOException {
    List<Diagnostic> findings = file.result().diagnostics();
    String path = Xml.attribute(file.path());
    out.append("  <testsuite name=\"")
        .append(path)
        .append("\" tests=\"")
        .append(String.valueOf(Math.max(1, findings.size())))
        .append("\" failures=\"")
        .append(String.valueOf(failures(file)))
        .append("\" errors=\"0\" skipped=\"0\">\n");
    if (findings.isEmpty()) {
      out.append("    <testcase classname=\"")
          .append(path)
          .append("\" name=\"hpolint\" file=\"")
          .append(path)
          .append("\"/>\n");
    }
    for (Diagnostic finding : findings) {
      writeCase(file, finding, out);
    }
    out.append("  </testsuite>\n");
  }

  private void writeCase(FileReport file, Diagnostic finding, Appendable out) throws IOException {
    int line = finding.range().start().line() + 1;
    int column = finding.range().start().column() + 1;
    String where = file.path() + ":" + line + ":" + column;
    String detail =
        where
            + ": "
            + finding.severity().label()
            + " "
            + finding.ruleId()
            + " "
            + finding.message();
    out.append("    <testcase classname=\"")
        .append(Xml.attribute(file.path()))
        .append("\" name=\"")
        .append(Xml.attribute(finding.ruleId() + " at " + line + ":" + column))
        .append("\" file=\"")
        .append(Xml.attribute(file.path()))
        .append("\" line=\"")
        .append(String.valueOf(line))
        .append("\">\n");
    if (fails(finding)) {
      out.append("      <failure type=\"")
          .append(Xml.attribute(finding.ruleId()))
          .append("\" message=\"")
          .append(Xml.attribute(finding.message()))
          .append("\">")
          .append(Xml.text(detail))
          .append("</failure>\n");
    } else {
      out.append("      <system-out>").append(Xml.text(detail)).append("</system-out>\n");
    }
    out.append("    </testcase>\n");
  }

  private int failures(FileReport file) {
    return (int) file.result().diagnostics().stream().filter(this::fails).count();
  }

  private boolean fails(Diagnostic finding) {
    return failOn != null && finding.severity().isAtLeast(failOn);
  }
}
