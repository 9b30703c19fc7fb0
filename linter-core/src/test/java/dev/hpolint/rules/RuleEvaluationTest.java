package dev.hpolint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.api.LintConfig;
import dev.hpolint.api.Linter;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.rules.builtin.StandardFunctions;
import dev.hpolint.rules.eval.RuleFileCheck;
import dev.hpolint.rules.load.RuleLoader;
import dev.hpolint.schema.SchemaModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What rules report on documents: paths, three-valued logic, functions, messages, the budget. */
class RuleEvaluationTest {
  private static final Linter BASE = Linter.create(LintConfig.DEFAULT);
  private static final RuleLoader LOADER =
      new RuleLoader(SchemaModel.bundled(), StandardFunctions.registry());

  private static List<Diagnostic> run(String rules, String json, long steps) {
    RuleLoader.Result loaded = LOADER.load("test.rules", rules);
    assertThat(loaded.problems().stream().map(RuleProblem::format)).isEmpty();
    RuleFileCheck check =
        new RuleFileCheck(loaded.file(), "test.rules", StandardFunctions.registry(), steps);
    return BASE
        .withChecks(List.of(check))
        .lint("doc.json", json.getBytes(StandardCharsets.UTF_8))
        .diagnostics()
        .stream()
        .filter(d -> d.ruleId().startsWith("T-") || d.ruleId().equals("RULE-LIMIT"))
        .toList();
  }

  private static List<String> messages(String when, String message, String json) {
    String rule =
        "rule T-X\n  severity warning\n  summary \"s\"\n  when "
            + when
            + "\n  message \""
            + message
            + "\"\n";
    return run(rule, json, 1_000_000).stream().map(Diagnostic::message).toList();
  }

  private static boolean fires(String when, String json) {
    return !messages(when, "m", json).isEmpty();
  }

  @Test
  void missingMembersAndWrongTypesMakeConditionsUnknownEvenUnderNot() {
    String doc = "{\"HyperParameterTuningJobConfig\": {\"Strategy\": 5}}";
    assertThat(
            fires("$.HyperParameterTuningJobConfig.TrainingJobEarlyStoppingType != \"Off\"", doc))
        .isFalse();
    assertThat(
            fires(
                "not ($.HyperParameterTuningJobConfig.TrainingJobEarlyStoppingType == \"Off\")",
                doc))
        .isFalse();
    assertThat(fires("$.HyperParameterTuningJobConfig.Strategy != \"Grid\"", doc)).isFalse();
    assertThat(
            fires("not exists($.HyperParameterTuningJobConfig.TrainingJobEarlyStoppingType)", doc))
        .isTrue();
    assertThat(fires("false and $.Tags", doc)).isFalse();
    assertThat(fires("true or $.Tags == 1", doc)).isTrue();
  }

  @Test
  void pathsWildcardsAlternativesParentsAndDescendants() {
    String doc =
        "{\"TrainingJobDefinitions\": [{\"DefinitionName\": \"a\", \"ResourceConfig\":"
            + " {\"InstanceType\": \"ml.g5.xlarge\"}}, {\"DefinitionName\": \"b\","
            + " \"HyperParameterTuningResourceConfig\": {\"InstanceType\": \"ml.m5.xlarge\"}}]}";
    assertThat(
            messages(
                "true",
                "{count($.TrainingJobDefinitions[*].(ResourceConfig | HyperParameterTuningResourceConfig))}"
                    + " {$..InstanceType} {$.TrainingJobDefinitions[-1].DefinitionName}"
                    + " {first($..InstanceType).^.^.DefinitionName}",
                doc))
        .containsExactly("2 \"ml.g5.xlarge\", \"ml.m5.xlarge\" \"b\" \"a\"");
  }

  @Test
  void quantifiersComprehensionsAndListFunctions() {
    String doc =
        "{\"Tags\": [{\"Key\": \"a\", \"Value\": \"1\"}, {\"Key\": \"b\", \"Value\": \"2\"},"
            + " {\"Key\": \"a\", \"Value\": \"3\"}]}";
    assertThat(
            messages(
                "any t in $.Tags[*]: t.Key == \"b\"",
                "{count(distinct($.Tags[*].Key))} {sum([number(t.Value) for t in $.Tags[*]])}"
                    + " {product([2, 3, 4])} {max([number(t.Value) for t in $.Tags[*] if t.Key =="
                    + " 'a'])} {join($.Tags[*].Key, '+')} {all t in $.Tags[*]: t.Key in ['a', 'b']}",
                doc))
        .containsExactly("2 6 24 3 a+b+a true");
  }

  @Test
  void stringNumberAndDomainFunctions() {
    String doc = "{\"HyperParameterTuningJobName\": \"trainRMSE\"}";
    assertThat(
            messages(
                "true",
                "{tokens('validation:val_loss')} {tokens(HyperParameterTuningJobName)}"
                    + " {number('1e-3') < 0.01} {integer('3.5') ?? 'none'} {integer(' 3') ?? 'none'}"
                    + " {localStorageGb('ml.p4d.24xlarge')} {hasLocalStorage('ml.m5.xlarge')}"
                    + " {storageKind('ml.p6e-gb200.36xlarge')} {gpus('ml.g5.48xlarge')}"
                    + " {builtInAlgorithm('1.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1')}"
                    + " {isBuiltInImage('1.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.1')}"
                    + " {regexGroups('loss=(?P<loss>[0-9.]+); acc=(\\\\S+)')} {regexCompiles('loss=(')}"
                    + " {secretKind('token', 'AKIAIOSFODNN7EXAMPLE')} {equalsIgnoreCase('Off', 'OFF')}",
                doc))
        .containsExactly(
            "validation, val, loss train, rmse true none none 8000 false unknown 8 xgboost false 2"
                + " false AWS access key ID true");
  }

  @Test
  void documentValuesAreQuotedAndComputedOnesAreNot() {
    String doc = "{\"HyperParameterTuningJobConfig\": {\"Strategy\": \"Grid\"}, \"Tags\": []}";
    assertThat(
            messages(
                "true",
                "{$.HyperParameterTuningJobConfig.Strategy} {text($.HyperParameterTuningJobConfig.Strategy)}"
                    + " {$.TrainingJobDefinition} {{literal}}",
                doc))
        .containsExactly("\"Grid\" Grid (missing) {literal}");
  }

  @Test
  void theBudgetStopsEvaluationWithAFindingInsteadOfHanging() {
    StringBuilder tags = new StringBuilder("{\"Tags\": [");
    for (int i = 0; i < 2000; i++) {
      tags.append(i == 0 ? "" : ",")
          .append("{\"Key\": \"k")
          .append(i)
          .append("\", \"Value\": \"v\"}");
    }
    tags.append("]}");
    String rule =
        "rule T-QUADRATIC\n  severity warning\n  summary \"s\"\n  for each $.Tags[*] as tag\n"
            + "  when any t in $.Tags[*]: t.Key == tag.Key and index(t) < index(tag)\n"
            + "  message \"m\"\n";
    List<Diagnostic> found =
        run(rule, tags.toString(), 100_000).stream()
            .filter(d -> d.message().contains("T-QUADRATIC"))
            .toList();
    assertThat(found)
        .singleElement()
        .satisfies(d -> assertThat(d.ruleId()).isEqualTo("RULE-LIMIT"))
        .satisfies(d -> assertThat(d.message()).contains("more than 100,000 evaluation steps"));
  }

  @Test
  void severityOverridesAndFixesAreBuiltPerFinding() {
    String rule =
        "rule T-FIX\n  severity error\n  summary \"s\"\n  for each $.Tags[*]\n"
            + "  when Value == \"x\"\n  severity info when Key == \"soft\"\n  report at Value\n"
            + "  message \"m\"\n  fix \"Set {Key} to y\" safe when Key == \"hard\"\n    set Value = \"y\"\n";
    List<Diagnostic> found =
        run(
            rule,
            "{\"Tags\": [{\"Key\": \"hard\", \"Value\": \"x\"}, {\"Key\": \"soft\", \"Value\": \"x\"}]}",
            1_000_000);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).severity().label()).isEqualTo("error");
    assertThat(found.get(0).fixes().get(0).safe()).isTrue();
    assertThat(found.get(0).fixes().get(0).title()).isEqualTo("Set \"hard\" to y");
    assertThat(found.get(1).severity().label()).isEqualTo("info");
    assertThat(found.get(1).fixes().get(0).safe()).isFalse();
  }
}
