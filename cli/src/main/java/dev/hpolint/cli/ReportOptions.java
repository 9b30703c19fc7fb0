package dev.hpolint.cli;

import dev.hpolint.report.ReportFormat;
import dev.hpolint.report.ReportFormats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The report options of {@code lint}. One scheme: each format goes to the file named after its
 * {@code =}, else to {@code --output}, else to standard output; so at most one format may be left
 * without a file.
 */
final class ReportOptions {

  /** A format and where it goes; a null file is standard output. */
  record Target(ReportFormat format, Path file) {}

  @Option(
      names = "--format",
      paramLabel = "FORMAT[=FILE]",
      split = ",",
      description = {
        "Report format: text (default), json, sarif, junit, checkstyle or github. Repeat the"
            + " option or separate formats with commas to write several in one run; FORMAT=FILE"
            + " writes that format to FILE (sarif=hpolint.sarif). At most one format goes to"
            + " standard output or to --output."
      })
  List<String> formats = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report given without =FILE to FILE instead of standard output. Files are"
              + " replaced whole, never left half-written.")
  Path output;

  /** The targets of this run, or a usage problem in words. */
  List<Target> targets() throws UsageException {
    List<String> given = formats.isEmpty() ? List.of("text") : formats;
    List<Target> targets = new ArrayList<>();
    int withoutFile = 0;
    for (String value : given) {
      int equals = value.indexOf('=');
      String name = equals < 0 ? value : value.substring(0, equals);
      Optional<ReportFormat> format = ReportFormats.byName(name);
      if (format.isEmpty()) {
        throw new UsageException(
            "--format must be one of "
                + String.join(", ", ReportFormats.names())
                + ", not '"
                + name
                + "'");
      }
      Path file = null;
      if (equals >= 0) {
        String path = value.substring(equals + 1).trim();
        if (path.isEmpty()) {
          throw new UsageException("--format " + value + " names no file after '='");
        }
        file = Path.of(path);
      } else {
        withoutFile++;
        file = output;
      }
      targets.add(new Target(format.get(), file));
    }
    if (withoutFile > 1) {
      throw new UsageException(
          "only one report can go to "
              + (output == null ? "standard output" : output.toString())
              + "; give the others a file, as in --format sarif=hpolint.sarif");
    }
    if (output != null && withoutFile == 0) {
      throw new UsageException(
          "--output " + output + " has no format to write: every --format names its own file");
    }
    return targets;
  }

  /** A mistake in the options, said in words for the user. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
