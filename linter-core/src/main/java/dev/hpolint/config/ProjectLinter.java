package dev.hpolint.config;

import dev.hpolint.api.LintConfig;
import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.diagnostic.Suppressions;
import dev.hpolint.rules.Check;
import dev.hpolint.rules.RuleProblem;
import dev.hpolint.rules.builtin.StandardFunctions;
import dev.hpolint.rules.eval.Budget;
import dev.hpolint.rules.eval.RuleFileCheck;
import dev.hpolint.rules.load.RuleLoader;
import dev.hpolint.schema.SchemaModel;
import dev.hpolint.schema.Suggestions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A linter set up as a project's configuration says: rules off or at other severities, the team's
 * own rule files, excluded paths, and findings of JSON files silenced by file, rule and pointer.
 */
public final class ProjectLinter {
  private final ProjectConfig config;
  private final Linter linter;
  private final List<PathMatcher> excluded;

  private ProjectLinter(ProjectConfig config, Linter linter) {
    this.config = config;
    this.linter = linter;
    this.excluded = config.exclude().stream().map(ProjectLinter::glob).toList();
  }

  /** Loads the project's rule files; any problem in them is a {@link ConfigException}. */
  public static ProjectLinter create(ProjectConfig config) throws ConfigException {
    LintConfig lintConfig = LintConfig.DEFAULT;
    for (String id : config.disabledRules()) {
      lintConfig = lintConfig.withDisabled(id);
    }
    for (var entry : config.severities().entrySet()) {
      lintConfig = lintConfig.withSeverity(entry.getKey(), entry.getValue());
    }
    Linter linter = Linter.create(lintConfig);
    List<Check> userChecks = new ArrayList<>();
    RuleLoader loader = new RuleLoader(SchemaModel.bundled(), StandardFunctions.registry());
    for (Path file : config.ruleFiles()) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ConfigException(
            config.file() + ": cannot read the rule file " + file + ": " + e.getMessage());
      }
      String shown = config.baseDirectory().relativize(file.toAbsolutePath()).toString();
      RuleLoader.Result result = loader.load(shown, text);
      if (!result.ok()) {
        throw new ConfigException(
            result.problems().stream().map(RuleProblem::format).collect(Collectors.joining("\n")));
      }
      for (var rule : result.file().rules()) {
        if (linter.rule(rule.id()) != null) {
          throw new ConfigException(
              shown
                  + ": rule "
                  + rule.id()
                  + " has the id of a rule hpolint already has; choose another");
        }
      }
      userChecks.add(
          new RuleFileCheck(
              result.file(), shown, StandardFunctions.registry(), Budget.DEFAULT_STEPS));
    }
    Linter complete = userChecks.isEmpty() ? linter : linter.withChecks(userChecks);
    checkRuleIds(config, complete);
    return new ProjectLinter(config, complete);
  }

  /** A rule id the configuration names must exist: a typo would otherwise silence nothing. */
  private static void checkRuleIds(ProjectConfig config, Linter linter) throws ConfigException {
    List<String> named = new ArrayList<>(config.disabledRules());
    named.addAll(config.severities().keySet());
    config.suppressions().forEach(s -> named.add(s.rule()));
    List<String> known = linter.rules().stream().map(r -> r.id()).toList();
    for (String id : named) {
      if (linter.rule(id) == null) {
        String closest = Suggestions.closest(id, known);
        throw new ConfigException(
            config.file()
                + ": no rule has the id "
                + id
                + (closest != null ? "; did you mean " + closest + "?" : "")
                + " ('hpolint rules' lists them all)");
      }
    }
  }

  public Linter linter() {
    return linter;
  }

  public ProjectConfig config() {
    return config;
  }

  /** True for a file an exclude glob of the configuration matches. */
  public boolean isExcluded(Path file) {
    Path relative = relative(file);
    return relative != null && excluded.stream().anyMatch(m -> m.matches(relative));
  }

  public LintResult lint(Path file, byte[] bytes) {
    return suppress(file, linter.lint(file.toString(), bytes));
  }

  /** Applies the configuration's suppressions for this file to a result. */
  public LintResult suppress(Path file, LintResult result) {
    Path relative = relative(file);
    List<ProjectConfig.JsonSuppression> applicable = new ArrayList<>();
    for (ProjectConfig.JsonSuppression suppression : config.suppressions()) {
      if (relative != null && glob(suppression.files()).matches(relative)) {
        applicable.add(suppression);
      }
    }
    if (applicable.isEmpty()) {
      return result;
    }
    Suppressions.Outcome outcome =
        Suppressions.apply(
            result.diagnostics(),
            finding -> {
              for (ProjectConfig.JsonSuppression s : applicable) {
                if (s.rule().equals(finding.ruleId()) && under(finding.pointer(), s.pointer())) {
                  // Reasons are required in the configuration, so a match always has one.
                  return new Suppressions.Match(true, finding, "configuration");
                }
              }
              return null;
            });
    return new LintResult(
        result.source(), outcome.kept(), result.suppressed() + outcome.suppressed());
  }

  private static boolean under(String pointer, String prefix) {
    if (prefix == null || prefix.isEmpty()) {
      return true;
    }
    return pointer.equals(prefix) || pointer.startsWith(prefix + "/");
  }

  private Path relative(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = config.baseDirectory().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute) : null;
  }

  private static PathMatcher glob(String pattern) {
    return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
  }
}
