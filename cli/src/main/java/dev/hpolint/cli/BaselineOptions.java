package dev.hpolint.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The baseline options of {@code lint}, for adopting hpolint on a repository with findings. */
final class BaselineOptions {

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Report only findings that FILE does not record (matched by file, rule and JSON"
              + " Pointer, so moved lines still match).")
  Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description =
          "Record every finding of this run in FILE and exit 0; later runs with --baseline FILE"
              + " then fail on new findings only.")
  Path writeBaseline;
}
