package dev.hpolint.config;

import dev.hpolint.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a project's {@code .hpolint.yaml} decides. Paths and globs are relative to the directory of
 * the configuration file.
 *
 * @param file the configuration file, or null for none
 */
public record ProjectConfig(
    Path file,
    Set<String> disabledRules,
    Map<String, Severity> severities,
    List<Path> ruleFiles,
    List<String> exclude,
    List<JsonSuppression> suppressions) {

  public static final ProjectConfig NONE =
      new ProjectConfig(null, Set.of(), Map.of(), List.of(), List.of(), List.of());

  public ProjectConfig {
    disabledRules = Set.copyOf(disabledRules);
    severities = Map.copyOf(severities);
    ruleFiles = List.copyOf(ruleFiles);
    exclude = List.copyOf(exclude);
    suppressions = List.copyOf(suppressions);
  }

  /** The directory that relative paths and globs start from. */
  public Path baseDirectory() {
    Path parent = file == null ? null : file.toAbsolutePath().getParent();
    return parent != null ? parent : Path.of("").toAbsolutePath();
  }

  /**
   * A finding silenced for the files matching a glob: by rule id, and by JSON Pointer when one is
   * given (the pointer names a node; findings at it or below it are silenced).
   */
  public record JsonSuppression(String files, String rule, String pointer, String reason) {}
}
