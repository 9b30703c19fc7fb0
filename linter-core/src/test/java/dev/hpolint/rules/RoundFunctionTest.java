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

/** {@code round()} gives the short figures messages quote, and missing for what is not a number. */
class RoundFunctionTest {
  private static final RuleLoader LOADER =
      new RuleLoader(SchemaModel.bundled(), StandardFunctions.registry());
  private static final String DOCUMENT =
      "{\"HyperParameterTuningJobName\": \"j\", \"Tags\": [{\"Key\": \"days\", \"Value\": \"x\"}],"
          + " \"TrainingJobDefinition\": {\"StoppingCondition\": {\"MaxRuntimeInSeconds\": 3000000}}}";

  /** The message of a rule whose whole message is the hole {@code {expr}}. */
  private static String shown(String expr) {
    String text =
        "rule ACME-ROUND\n  severity info\n  summary \"s\"\n  message \"{" + expr + "}\"\n";
    RuleLoader.Result loaded = LOADER.load("round.rules", text);
    assertThat(loaded.problems().stream().map(RuleProblem::format)).isEmpty();
    Linter linter =
        Linter.schemaOnly(LintConfig.DEFAULT)
            .withChecks(
                List.of(
                    new RuleFileCheck(
                        loaded.file(),
                        "test",
                        StandardFunctions.registry(),
                        Budget.DEFAULT_STEPS)));
    return linter.lint("doc.json", DOCUMENT.getBytes(StandardCharsets.UTF_8)).diagnostics().stream()
        .filter(d -> d.ruleId().equals("ACME-ROUND"))
        .map(Diagnostic::message)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void roundsHalfUpToTheGivenPlaces() {
    assertThat(
            shown(
                "round($.TrainingJobDefinition.StoppingCondition.MaxRuntimeInSeconds / 86400, 1)"))
        .isEqualTo("34.7");
    assertThat(shown("round(7200 / 7)")).isEqualTo("1029");
    assertThat(shown("round(2.5)")).isEqualTo("3");
    assertThat(shown("round(-2.5)")).isEqualTo("-3");
    assertThat(shown("round(30, 2)")).isEqualTo("30");
  }

  @Test
  void whatIsNotANumberOrNotAPlaceCountIsMissing() {
    assertThat(shown("round($.Tags[0].Value)")).isEqualTo("(missing)");
    assertThat(shown("round(1.25, 0.5)")).isEqualTo("(missing)");
    assertThat(shown("round(1.25, -1)")).isEqualTo("(missing)");
    assertThat(shown("round(1.25, 11)")).isEqualTo("(missing)");
    assertThat(shown("round(1.25, 1)")).isEqualTo("1.3");
  }

  @Test
  void takesOneOrTwoArguments() {
    String text = "rule ACME-ROUND\n  severity info\n  summary \"s\"\n  message \"{round()}\"\n";
    assertThat(LOADER.load("round.rules", text).problems())
        .singleElement()
        .extracting(RuleProblem::format)
        .asString()
        .contains("round() takes 1 or 2 arguments, not 0");
  }
}
