package dev.hpolint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.api.LintConfig;
import dev.hpolint.api.Linter;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.rules.builtin.StandardFunctions;
import dev.hpolint.rules.eval.Budget;
import dev.hpolint.rules.eval.RuleFileCheck;
import dev.hpolint.rules.load.RuleLoader;
import dev.hpolint.schema.SchemaModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Functions added for the catalog rules, tested through what a user sees: the message and place of
 * a finding of a small rule file.
 */
class AddedFunctionsTest {
  private static final Linter BASE = Linter.create(LintConfig.DEFAULT);

  private static List<Diagnostic> findings(String rules, String document) {
    RuleLoader.Result loaded =
        new RuleLoader(SchemaModel.bundled(), StandardFunctions.registry())
            .load("team.rules", rules);
    assertThat(loaded.problems()).isEmpty();
    Linter linter =
        BASE.withChecks(
            List.of(
                new RuleFileCheck(
                    loaded.file(),
                    "team.rules",
                    StandardFunctions.registry(),
                    Budget.DEFAULT_STEPS)));
    return linter.lint("job.json", document.getBytes(StandardCharsets.UTF_8)).diagnostics().stream()
        .filter(d -> d.ruleId().startsWith("ACME-"))
        .toList();
  }

  /** The messages of a one-rule file that quotes {@code hole} for the request's job name. */
  private static List<String> messages(String hole, String jobName) {
    String rules =
        "rule ACME-CAPTURE\n"
            + "  severity info\n"
            + "  summary \"s\"\n"
            + "  for each $.HyperParameterTuningJobName as jobName\n"
            + "  message \"got "
            + hole
            + "\"\n";
    String document = "{\"HyperParameterTuningJobName\": \"" + jobName + "\"}";
    return findings(rules, document).stream().map(Diagnostic::message).toList();
  }

  @Test
  void theFirstGroupOfTheFirstMatchIsTaken() {
    assertThat(messages("{capture(jobName, '-([a-z]+)-')}", "xgb-churn-2024-night"))
        .containsExactly("got churn");
  }

  @Test
  void withoutAGroupTheWholeMatchIsTaken() {
    assertThat(messages("{capture(jobName, '[0-9]+')}", "xgb-churn-2024-night"))
        .containsExactly("got 2024");
  }

  @Test
  void noMatchAGroupThatTookNoPartOrABadRegexGiveMissing() {
    assertThat(messages("{capture(jobName, '[0-9]+')}", "xgb-churn"))
        .containsExactly("got (missing)");
    assertThat(messages("{capture(jobName, 'churn|(night)')}", "xgb-churn"))
        .containsExactly("got (missing)");
    assertThat(messages("{capture(jobName, '(')}", "xgb-churn")).containsExactly("got (missing)");
    assertThat(messages("{capture(42, '4')}", "xgb-churn")).containsExactly("got (missing)");
  }

  @Test
  void documentOrderFindsWhichOfTwoMembersComesSecond() {
    String rules =
        "rule ACME-SECOND\n"
            + "  severity info\n"
            + "  summary \"s\"\n"
            + "  report at key(last(documentOrder($.Tags | $.HyperParameterTuningJobName)))\n"
            + "  message \"{join([name(n) for n in documentOrder([3, $.Tags, $.HyperParameterTuningJobName])], ' ')}\"\n";
    List<Diagnostic> nameFirst =
        findings(rules, "{\"HyperParameterTuningJobName\": \"a\", \"Tags\": []}");
    assertThat(nameFirst).hasSize(1);
    assertThat(nameFirst.get(0).message()).isEqualTo("HyperParameterTuningJobName Tags");
    // The key "Tags", which starts at column 37.
    assertThat(nameFirst.get(0).range().start().column()).isEqualTo(37);
    List<Diagnostic> tagsFirst =
        findings(rules, "{\"Tags\": [], \"HyperParameterTuningJobName\": \"a\"}");
    assertThat(tagsFirst.get(0).message()).isEqualTo("Tags HyperParameterTuningJobName");
    // The key "HyperParameterTuningJobName", after {"Tags": [], .
    assertThat(tagsFirst.get(0).range().start().column()).isEqualTo(13);
  }

  @Test
  void regexProblemExplainsWhyAMetricRegexDoesNotCompile() {
    assertThat(messages("{regexProblem(jobName)}", "loss=([0-9.]+"))
        .containsExactly("got unclosed group");
    assertThat(messages("{regexProblem(jobName)}", "loss=\\\\"))
        .containsExactly("got it ends with a lone backslash");
    assertThat(messages("{regexProblem(jobName)}", "(?P=missing)"))
        .singleElement()
        .asString()
        .contains("group name it does not define");
    // Python's own spelling compiles: nothing to explain.
    assertThat(messages("{regexProblem(jobName)}", "loss=(?P<value>[0-9.]+)"))
        .containsExactly("got (missing)");
  }
}
