package dev.hpolint.rules.eval;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.rules.Check;
import dev.hpolint.rules.DocumentContext;
import dev.hpolint.rules.RuleInfo;
import dev.hpolint.rules.ast.RuleDecl;
import dev.hpolint.rules.ast.RuleFile;
import dev.hpolint.schema.Locations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rules of one loaded rule file, run as a {@link Check}. Each document gets one evaluation
 * budget for the whole file; a document that spends it gets a {@value #LIMIT_ID} finding instead of
 * hanging the linter, and a rule that fails unexpectedly is reported, never thrown.
 */
public final class RuleFileCheck implements Check {
  public static final String LIMIT_ID = "RULE-LIMIT";

  public static final RuleInfo LIMIT_RULE =
      RuleInfo.builtIn(
          LIMIT_ID,
          Severity.WARNING,
          "A rule stopped on a document that needs more evaluation steps than allowed");

  private final RuleFile file;
  private final String source;
  private final FunctionRegistry functions;
  private final long steps;
  private final List<RuleInfo> infos;

  /**
   * @param source "built-in" or the path of a team's rule file, as {@code hpolint rules} shows it
   */
  public RuleFileCheck(RuleFile file, String source, FunctionRegistry functions, long steps) {
    this.file = file;
    this.source = source;
    this.functions = functions;
    this.steps = steps;
    List<RuleInfo> list = new ArrayList<>();
    for (RuleDecl rule : file.rules()) {
      list.add(new RuleInfo(rule.id(), rule.severity(), rule.summary(), source));
    }
    list.add(LIMIT_RULE);
    this.infos = List.copyOf(list);
  }

  public RuleFile file() {
    return file;
  }

  @Override
  public List<RuleInfo> rules() {
    return infos;
  }

  @Override
  public void run(DocumentContext document, Consumer<Diagnostic> report) {
    Budget budget = new Budget(steps);
    RuleRunner runner = new RuleRunner(document.source(), document.root(), functions, budget);
    for (RuleDecl rule : file.rules()) {
      List<Diagnostic> findings = new ArrayList<>();
      try {
        runner.run(rule, findings::add);
      } catch (Budget.Exhausted e) {
        findings.forEach(report);
        report.accept(
            stopped(
                document,
                "hpolint stopped checking rule "
                    + rule.id()
                    + " and the rules after it in "
                    + file.name()
                    + ": this document needs more than "
                    + String.format("%,d", budget.limit())
                    + " evaluation steps"));
        return;
      } catch (RuntimeException | StackOverflowError e) {
        report.accept(
            stopped(
                document,
                "rule "
                    + rule.id()
                    + " failed on this document ("
                    + e.getClass().getSimpleName()
                    + "); its findings are left out. Please report this with the document"));
        continue;
      }
      findings.forEach(report);
    }
  }

  private Diagnostic stopped(DocumentContext document, String message) {
    return new Diagnostic(
        LIMIT_ID,
        Severity.WARNING,
        message,
        "",
        Locations.headline(document.root(), document.source()));
  }
}
