package dev.hpolint.cli;

import dev.hpolint.api.Linter;
import dev.hpolint.config.ConfigException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --config} option of the commands that describe rules ({@code rules}, {@code explain}):
 * which project's rule files to include besides the built-in ones.
 */
final class ProjectOption {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "The configuration whose rule files to include; default: the nearest .hpolint.yaml.")
  Path configFile;

  /** The linter of the working directory's project (or of --config). */
  Linter linter() throws ConfigException {
    return ProjectLinters.forWorkingDirectory(configFile).linter();
  }
}
