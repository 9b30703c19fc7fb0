package dev.hpolint.lsp.settings;

import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.config.ConfigException;
import dev.hpolint.config.ProjectLinter;
import dev.hpolint.rules.RuleInfo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Hands out the linter for a document under the current settings. Making a linter compiles the
 * schema, so linters are kept per configuration; a handful of configurations at most (one per
 * project file) are alive at once.
 */
public final class LinterProvider {
  private static final int KEPT = 8;

  private final ProjectConfig projectConfig;
  private final Consumer<String> warn;
  private final Map<dev.hpolint.config.ProjectConfig, ProjectLinter> linters =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(
            Map.Entry<dev.hpolint.config.ProjectConfig, ProjectLinter> eldest) {
          return size() > KEPT;
        }
      };
  private volatile ServerSettings settings = ServerSettings.DEFAULT;

  public LinterProvider(ProjectConfig projectConfig) {
    this(projectConfig, message -> {});
  }

  /**
   * @param warn where problems with a project's configuration or rule files are reported (the
   *     editor's log)
   */
  public LinterProvider(ProjectConfig projectConfig, Consumer<String> warn) {
    this.projectConfig = projectConfig;
    this.warn = warn;
  }

  public ServerSettings settings() {
    return settings;
  }

  public void settings(ServerSettings newSettings) {
    this.settings = newSettings;
  }

  /**
   * The linter of a document's project (its rule files, severities and disabled rules), with the
   * editor's rule settings laid over the project's.
   */
  public Linter forDocument(String uri) {
    return projectOf(uri).linter();
  }

  /**
   * Applies the project's suppressions by file, rule and pointer (those of JSON documents) to a
   * document's findings, as the command does.
   */
  public LintResult suppress(String uri, LintResult result) {
    Path file = ProjectConfig.documentPath(uri);
    return file == null ? result : projectOf(uri).suppress(file, result);
  }

  private ProjectLinter projectOf(String uri) {
    ServerSettings current = settings;
    dev.hpolint.config.ProjectConfig project =
        current.configFile() != null
            ? projectConfig.forFile(current.configFile())
            : projectConfig.forDocument(uri);
    dev.hpolint.config.ProjectConfig config = current.applyTo(project);
    synchronized (linters) {
      return linters.computeIfAbsent(config, this::create);
    }
  }

  private ProjectLinter create(dev.hpolint.config.ProjectConfig config) {
    try {
      return ProjectLinter.create(config);
    } catch (ConfigException e) {
      warn.accept(
          "hpolint: "
              + e.getMessage()
              + " (the project's own rules are left out until it is fixed)");
      try {
        return ProjectLinter.create(settings.applyTo(dev.hpolint.config.ProjectConfig.NONE));
      } catch (ConfigException unexpected) {
        // The editor's own settings name only rules hpolint has (the reader checks them).
        throw new IllegalStateException(unexpected);
      }
    }
  }

  /** Every rule id a linter can report, for checking the ids named in settings. */
  public Set<String> ruleIds() {
    return forDocument("").rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
  }
}
