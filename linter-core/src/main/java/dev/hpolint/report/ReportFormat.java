package dev.hpolint.report;

import java.util.function.Function;

/**
 * A report format by name: how to make its reporter, and the file name a build tool writes it to
 * when it is given only a directory.
 */
public record ReportFormat(
    String name,
    String defaultFileName,
    String description,
    Function<ReportContext, Reporter> maker) {

  public Reporter create(ReportContext context) {
    return maker.apply(context);
  }
}
