package dev.hpolint.cli;

import dev.hpolint.config.ConfigException;
import dev.hpolint.config.ConfigFile;
import dev.hpolint.config.ProjectConfig;
import dev.hpolint.config.ProjectLinter;
import dev.hpolint.rules.RuleInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One linter per configuration in use: the one named by --config, or the nearest .hpolint.yaml
 * above each file. Files of one project share a linter, so rule files are read once.
 */
final class ProjectLinters {
  private final Path explicit;
  private final Map<Path, ProjectLinter> byConfig = new HashMap<>();
  private ProjectLinter unconfigured;

  ProjectLinters(Path explicit) {
    this.explicit = explicit;
  }

  ProjectLinter forFile(Path file) throws ConfigException {
    Path config = explicit != null ? explicit : ConfigFile.findFrom(file);
    if (config == null) {
      if (unconfigured == null) {
        unconfigured = ProjectLinter.create(ProjectConfig.NONE);
      }
      return unconfigured;
    }
    Path key = config.toAbsolutePath().normalize();
    ProjectLinter linter = byConfig.get(key);
    if (linter == null) {
      linter = ProjectLinter.create(ConfigFile.read(key));
      byConfig.put(key, linter);
    }
    return linter;
  }

  /**
   * Every rule of the linters used so far (built-in and the projects' own), for reports that
   * describe rules, such as SARIF; the built-in ones when no file was linted.
   */
  List<RuleInfo> rulesInUse() throws ConfigException {
    Map<String, RuleInfo> rules = new TreeMap<>();
    List<ProjectLinter> used = new ArrayList<>(byConfig.values());
    if (unconfigured != null || used.isEmpty()) {
      used.add(unconfigured != null ? unconfigured : ProjectLinter.create(ProjectConfig.NONE));
    }
    for (ProjectLinter project : used) {
      project.linter().rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
    }
    return new ArrayList<>(rules.values());
  }

  /** The linter for the current directory's project: for 'rules' and 'explain'. */
  static ProjectLinter forWorkingDirectory(Path explicit) throws ConfigException {
    return new ProjectLinters(explicit).forFile(Path.of("").toAbsolutePath().resolve("."));
  }
}
