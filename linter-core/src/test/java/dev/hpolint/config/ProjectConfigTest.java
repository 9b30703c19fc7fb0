package dev.hpolint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hpolint.api.LintConfig;
import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .hpolint.yaml, team rule files, and suppressions by comment and by configuration. */
class ProjectConfigTest {
  private static final String HYPERBAND_YAML =
      """
      HyperParameterTuningJobName: hb
      HyperParameterTuningJobConfig:
        Strategy: Hyperband
        HyperParameterTuningJobObjective:
          Type: Minimize
          MetricName: 'validation:rmse'
        ResourceLimits:
          MaxNumberOfTrainingJobs: 20
          MaxParallelTrainingJobs: 2
        StrategyConfig:
          HyperbandStrategyConfig:
            MaxResource: 30
        ParameterRanges:
          IntegerParameterRanges:
            - Name: max_depth
              MinValue: '3'
              MaxValue: '9'
        %s
        TrainingJobEarlyStoppingType: Auto
      TrainingJobDefinition:
        AlgorithmSpecification:
          TrainingImage: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1'
          TrainingInputMode: File
        RoleArn: 'arn:aws:iam::123456789012:role/SageMakerExecutionRole'
        OutputDataConfig:
          S3OutputPath: 's3://example-ml-data/output/'
        ResourceConfig:
          InstanceType: ml.m5.xlarge
          InstanceCount: 1
          VolumeSizeInGB: 30
        StoppingCondition:
          MaxRuntimeInSeconds: 3600
      """;

  @TempDir Path dir;

  private static long count(LintResult result, String id) {
    return result.diagnostics().stream().filter(d -> d.ruleId().equals(id)).count();
  }

  private LintResult lintYaml(String comment) {
    Linter linter = Linter.create(LintConfig.DEFAULT);
    return linter.lint(
        "job.yaml", HYPERBAND_YAML.formatted(comment).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCommentWithAReasonSilencesTheNextLineAndIsCounted() {
    LintResult result =
        lintYaml("# hpolint-disable-next-line HPO-HYPERBAND-EARLY-STOPPING -- migrating next week");
    assertThat(count(result, "HPO-HYPERBAND-EARLY-STOPPING")).isZero();
    assertThat(result.suppressed()).isEqualTo(1);
  }

  @Test
  void anErrorIsNotSilencedWithoutAReasonAndTheCommentIsReported() {
    LintResult result = lintYaml("# hpolint-disable-next-line HPO-HYPERBAND-EARLY-STOPPING");
    assertThat(count(result, "HPO-HYPERBAND-EARLY-STOPPING")).isEqualTo(1);
    Diagnostic reason =
        result.diagnostics().stream()
            .filter(d -> d.ruleId().equals("HPO-SUPPRESSION-REASON"))
            .findFirst()
            .orElseThrow();
    assertThat(reason.severity()).isEqualTo(Severity.WARNING);
    assertThat(reason.range().start().line()).isEqualTo(17);
    assertThat(result.suppressed()).isZero();
  }

  @Test
  void aFileCommentSilencesEveryFindingOfItsRules() {
    LintResult result =
        lintYaml("# hpolint-disable-file HPO-HYPERBAND-EARLY-STOPPING, HPO-TAG-DUP-KEY -- legacy");
    assertThat(count(result, "HPO-HYPERBAND-EARLY-STOPPING")).isZero();
  }

  @Test
  void theConfigurationDisablesRulesChangesSeveritiesAndAddsRuleFiles() throws Exception {
    write(
        "team.rules",
        """
        rule ACME-COST-CENTER-TAG
          severity warning
          summary "Every tuning job carries a CostCenter tag"
          when not (any t in Tags[*]: t.Key == "CostCenter")
          report at Tags ?? $
          message "Add a CostCenter tag so the job's cost is charged to the right team"
        """);
    write(
        ".hpolint.yaml",
        """
        rules:
          HPO-HYPERBAND-EARLY-STOPPING: off
          HPO-SUPPRESSION-REASON: error
        ruleFiles: [team.rules]
        """);
    Path job = write("jobs/job.yaml", HYPERBAND_YAML.formatted(""));
    ProjectLinter project = ProjectLinter.create(ConfigFile.read(ConfigFile.findFrom(job)));
    LintResult result = project.lint(job, Files.readAllBytes(job));
    assertThat(count(result, "HPO-HYPERBAND-EARLY-STOPPING")).isZero();
    assertThat(count(result, "ACME-COST-CENTER-TAG")).isEqualTo(1);
    assertThat(project.linter().rule("ACME-COST-CENTER-TAG").source()).isEqualTo("team.rules");
    assertThat(project.linter().rule("HPO-TAG-DUP-KEY").source()).isEqualTo("built-in");
  }

  @Test
  void jsonFindingsAreSilencedByFileRuleAndPointer() throws Exception {
    write(
        ".hpolint.yaml",
        """
        exclude: ["generated/**"]
        suppressions:
          - files: "jobs/*.json"
            rule: HPO-DEF-EXACTLY-ONE
            pointer: ""
            reason: the definition is added by our pipeline
        """);
    Path job = write("jobs/job.json", "{\"HyperParameterTuningJobName\": \"x\"}");
    ProjectLinter project = ProjectLinter.create(ConfigFile.read(dir.resolve(".hpolint.yaml")));
    LintResult result = project.lint(job, Files.readAllBytes(job));
    assertThat(count(result, "HPO-DEF-EXACTLY-ONE")).isZero();
    assertThat(result.suppressed()).isEqualTo(1);
    assertThat(project.isExcluded(dir.resolve("generated/a.json"))).isTrue();
    assertThat(project.isExcluded(job)).isFalse();
  }

  @Test
  void badConfigurationsGiveClearMessages() throws Exception {
    assertThatThrownBy(() -> ConfigFile.parse(dir.resolve(".hpolint.yaml"), "rules: [a"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> ConfigFile.parse(dir.resolve(".hpolint.yaml"), "rule: {}"))
        .hasMessageContaining("unknown entry 'rule'");
    assertThatThrownBy(
            () -> ConfigFile.parse(dir.resolve(".hpolint.yaml"), "rules:\n  HPO-X: loud\n"))
        .hasMessageContaining("write off, error, warning or info");
    assertThatThrownBy(
            () ->
                ConfigFile.parse(
                    dir.resolve(".hpolint.yaml"),
                    "suppressions:\n  - files: '*.json'\n    rule: HPO-TAG-DUP-KEY\n"))
        .hasMessageContaining("needs a 'reason'");
    assertThatThrownBy(
            () ->
                ProjectLinter.create(
                    ConfigFile.parse(
                        dir.resolve(".hpolint.yaml"), "rules:\n  HPO-TAG-DUP-KEYS: off\n")))
        .hasMessageContaining("did you mean HPO-TAG-DUP-KEY?");
    write(
        "bad.rules",
        "rule ACME-X\n  severity error\n  summary \"s\"\n  when Nope\n  message \"m\"\n");
    assertThatThrownBy(
            () ->
                ProjectLinter.create(
                    ConfigFile.parse(dir.resolve(".hpolint.yaml"), "ruleFiles: [bad.rules]\n")))
        .hasMessageStartingWith("bad.rules:4:8: 'Nope' is not a variable");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
