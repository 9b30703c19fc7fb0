package dev.hpolint.cli;

import picocli.CommandLine.Option;

/** The fixing options of {@code lint}. */
final class FixOptions {

  @Option(
      names = "--fix",
      description =
          "Apply every safe fix in place (comments, layout, line ends and byte order mark are"
              + " kept) and report what remains. Standard input is fixed to standard output.")
  boolean fix;

  @Option(
      names = "--dry-run",
      description = "With --fix: print the changes as a unified diff and change no file.")
  boolean dryRun;

  /** True when standard output carries fixed text or a diff instead of the report. */
  boolean takesStandardOutput(boolean readsStandardInput) {
    return fix && (dryRun || readsStandardInput);
  }
}
