package dev.hpolint.cli;

import dev.hpolint.api.Linter;
import dev.hpolint.config.ConfigException;
import dev.hpolint.rules.RuleDocs;
import dev.hpolint.rules.RuleInfo;
import dev.hpolint.schema.Suggestions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hpolint explain ID}: a rule's documentation, the same text an editor shows on hover. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Shows the documentation of a rule.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectOption project = new ProjectOption();

  @Parameters(
      paramLabel = "RULE-ID",
      description = "A rule id, such as HPO-HYPERBAND-EARLY-STOPPING.")
  String ruleId;

  @Override
  public Integer call() {
    Linter linter;
    try {
      linter = project.linter();
    } catch (ConfigException e) {
      spec.commandLine().getErr().println("hpolint: " + e.getMessage());
      return ExitCodes.TROUBLE;
    }
    String id = ruleId.trim().toUpperCase(Locale.ROOT);
    RuleInfo rule = linter.rule(id);
    PrintWriter out = spec.commandLine().getOut();
    if (rule == null) {
      List<String> ids = linter.rules().stream().map(RuleInfo::id).toList();
      String closest = Suggestions.closest(id, ids);
      spec.commandLine()
          .getErr()
          .println(
              "hpolint explain: no rule has the id "
                  + ruleId
                  + (closest != null ? "; did you mean " + closest + "?" : "")
                  + " ('hpolint rules' lists them all)");
      return ExitCodes.TROUBLE;
    }
    String page = RuleDocs.page(id).orElse("# " + id + "\n\n" + rule.summary() + "\n");
    out.print(page.endsWith("\n") ? page : page + "\n");
    out.printf("%nSeverity: %s. Source: %s.%n", rule.severity().label(), rule.source());
    out.flush();
    return ExitCodes.CLEAN;
  }
}
