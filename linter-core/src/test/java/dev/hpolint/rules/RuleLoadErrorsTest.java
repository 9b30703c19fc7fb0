package dev.hpolint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.rules.builtin.StandardFunctions;
import dev.hpolint.rules.load.RuleLoader;
import dev.hpolint.schema.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mistakes in a rule file are reported at load time, like a compiler, and never thrown. */
class RuleLoadErrorsTest {
  private static final RuleLoader LOADER =
      new RuleLoader(SchemaModel.bundled(), StandardFunctions.registry());

  private static List<String> problems(String text) {
    return LOADER.load("team.rules", text).problems().stream().map(RuleProblem::format).toList();
  }

  private static String rule(String body) {
    return "rule ACME-TEST\n  severity error\n  summary \"s\"\n" + body + "\n  message \"m\"\n";
  }

  @Test
  void anUnknownMemberIsReportedWithASuggestionAndACaret() {
    assertThat(problems(rule("  when $.HyperParameterTuningJobConfig.Stratgy == \"Grid\"")))
        .containsExactly(
            "team.rules:4:39: unknown member 'Stratgy' of HyperParameterTuningJobConfig; did you"
                + " mean 'Strategy'?\n"
                + "    when $.HyperParameterTuningJobConfig.Stratgy == \"Grid\"\n"
                + "                                        ^~~~~~~~");
  }

  @Test
  void anUnknownFunctionIsAnError() {
    assertThat(problems(rule("  when lenght(\"x\") > 1")))
        .singleElement()
        .asString()
        .startsWith("team.rules:4:8: unknown function 'lenght'; did you mean 'length'?");
  }

  @Test
  void wrongArgumentCountsAreErrors() {
    assertThat(problems(rule("  when startsWith(\"x\")")))
        .singleElement()
        .asString()
        .contains("startsWith() takes 2 arguments, not 1");
  }

  @Test
  void aMemberLookedUpOnAListSaysToUseTheWildcard() {
    assertThat(problems(rule("  when $.TrainingJobDefinitions.RoleArn == \"x\"")))
        .singleElement()
        .asString()
        .contains(
            "'RoleArn' is looked up on a list (HyperParameterTrainingJobDefinitions); write [*].RoleArn");
  }

  @Test
  void comparingManyNodesIsAnError() {
    assertThat(problems(rule("  when $.Tags[*].Key == \"team\"")))
        .singleElement()
        .asString()
        .contains("'==' needs one node, but this can select many");
  }

  @Test
  void anUnboundNameThatIsNoMemberIsAnError() {
    assertThat(problems(rule("  for each $.Tags[*]\n  when Kee == \"x\"")))
        .singleElement()
        .asString()
        .contains(
            "'Kee' is not a variable, and the selected node has no member Kee of Tag; did you mean 'Key'?");
  }

  @Test
  void syntaxErrorsArePositionedAndBounded() {
    List<String> found = problems("rule ACME-X\n  severity error\n  when (a ==\n");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0)).startsWith("team.rules:");
    String garbage = "rule X\n" + ")".repeat(5000);
    assertThat(problems(garbage)).hasSizeLessThanOrEqualTo(RuleProblems.MAX_PROBLEMS + 1);
  }

  @Test
  void deepNestingIsRefusedNotOverflowed() {
    String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
    assertThat(problems(rule("  when " + deep + " == 1")))
        .singleElement()
        .asString()
        .contains("nest more than");
    String nots = "not ".repeat(10_000) + "true";
    assertThat(problems(rule("  when " + nots)))
        .singleElement()
        .asString()
        .contains("nest more than");
  }

  @Test
  void missingClausesRepeatedClausesAndBadIdsAreReported() {
    assertThat(problems("rule acme-lower\n  severity fatal\n"))
        .anySatisfy(p -> assertThat(p).contains("is not one"))
        .anySatisfy(p -> assertThat(p).contains("unknown severity 'fatal'"));
    assertThat(problems(rule("  when true\n  when false")))
        .singleElement()
        .asString()
        .contains("repeats it");
  }

  @Test
  void aVariableMayNotHideAMember() {
    assertThat(problems(rule("  for each $.Tags[*]\n  let Key = 1")))
        .singleElement()
        .asString()
        .contains("would hide the member Key");
  }

  @Test
  void badEscapesAndHolesArePositioned() {
    assertThat(
            problems(
                "rule ACME-T\n  severity error\n  summary \"s\"\n  message \"a {Strategyy b\""))
        .singleElement()
        .asString()
        .contains("has no closing '}'");
    assertThat(problems(rule("  when matches(\"x\", \"\\d\")")))
        .singleElement()
        .asString()
        .contains("use a single-quoted string");
    assertThat(
            problems(
                "rule ACME-T\n  severity error\n  summary \"s\"\n  message \"value {$.Nope}\""))
        .singleElement()
        .asString()
        .startsWith("team.rules:4:20: unknown member 'Nope'");
  }
}
