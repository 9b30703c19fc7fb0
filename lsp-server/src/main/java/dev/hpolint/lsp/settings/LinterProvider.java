package dev.hpolint.lsp.settings;

import dev.hpolint.api.LintConfig;
import dev.hpolint.api.Linter;
import dev.hpolint.rules.RuleInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hands out the linter for a document under the current settings. Making a linter compiles the
 * schema, so linters are kept per configuration; a handful of configurations at most (one per
 * project file) are alive at once.
 */
public final class LinterProvider {
  private static final int KEPT = 8;

  private final ProjectConfig projectConfig;
  private final Map<LintConfig, Linter> linters =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LintConfig, Linter> eldest) {
          return size() > KEPT;
        }
      };
  private volatile ServerSettings settings = ServerSettings.DEFAULT;

  public LinterProvider(ProjectConfig projectConfig) {
    this.projectConfig = projectConfig;
  }

  public ServerSettings settings() {
    return settings;
  }

  public void settings(ServerSettings newSettings) {
    this.settings = newSettings;
  }

  public Linter forDocument(String uri) {
    LintConfig config = settings.applyTo(projectConfig.forDocument(uri));
    synchronized (linters) {
      return linters.computeIfAbsent(config, Linter::create);
    }
  }

  /** Every rule id a linter can report, for checking the ids named in settings. */
  public Set<String> ruleIds() {
    return forDocument("").rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
  }
}
