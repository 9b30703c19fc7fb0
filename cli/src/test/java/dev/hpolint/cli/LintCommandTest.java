package dev.hpolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  @TempDir Path dir;

  /** A valid request; other command tests build their cases from it. */
  static final String VALID =
      """
      {
        "HyperParameterTuningJobName": "churn-xgb",
        "HyperParameterTuningJobConfig": {
          "Strategy": "Random",
          "HyperParameterTuningJobObjective": {"Type": "Maximize", "MetricName": "validation:auc"},
          "ResourceLimits": {"MaxNumberOfTrainingJobs": 10, "MaxParallelTrainingJobs": 2},
          "ParameterRanges": {
            "IntegerParameterRanges": [{"Name": "max_depth", "MinValue": "3", "MaxValue": "9"}],
            "ContinuousParameterRanges": [{"Name": "eta", "MinValue": "0.01", "MaxValue": "0.3"}]
          }
        },
        "TrainingJobDefinition": {
          "AlgorithmSpecification": {
            "TrainingImage": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
            "TrainingInputMode": "File"
          },
          "RoleArn": "arn:aws:iam::123456789012:role/SageMakerRole",
          "OutputDataConfig": {"S3OutputPath": "s3://example-bucket/output/"},
          "ResourceConfig": {"InstanceType": "ml.m5.xlarge", "InstanceCount": 1, "VolumeSizeInGB": 30},
          "StoppingCondition": {"MaxRuntimeInSeconds": 3600}
        }
      }
      """;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void cleanFileExitsZeroAndSaysSo() throws IOException {
    Path file = write("job.json", VALID);
    CliRun run = CliRun.of("lint", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No problems found in 1 file.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void findingsPrintPathLineColumnRuleAndACaretUnderTheSpan() throws IOException {
    Path file = write("job.json", VALID.replace("\"Random\"", "\"random\""));
    CliRun run = CliRun.of("lint", "--color=never", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(file + ":4:17: error HPO-ENUM-CASE Strategy must be spelt exactly Random")
        .contains("    4 |     \"Strategy\": \"random\",\n      |                 ^~~~~~~~\n")
        .contains("1 error, 0 warnings, 0 info in 1 file.");
  }

  @Test
  void jsonFormatHasTheDocumentedShapeWithOneBasedPositions() throws IOException {
    Path file =
        write("job.yaml", "HyperParameterTuningJobName: ok\nHyperParameterTuningJobConfig: {}\n");
    CliRun run = CliRun.of("lint", "--format", "json", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.path("tool").path("name").asText()).isEqualTo("hpolint");
    assertThat(report.path("tool").has("version")).isTrue();
    JsonNode first = null;
    for (JsonNode diagnostic : report.path("files").get(0).path("diagnostics")) {
      if (diagnostic.path("ruleId").asText().equals("SCHEMA-REQUIRED")) {
        first = diagnostic;
        break;
      }
    }
    assertThat(first).as("a SCHEMA-REQUIRED finding").isNotNull();
    assertThat(report.path("files").get(0).path("path").asText()).isEqualTo(file.toString());
    assertThat(first.path("ruleId").asText()).isEqualTo("SCHEMA-REQUIRED");
    assertThat(first.path("severity").asText()).isEqualTo("error");
    assertThat(first.path("pointer").asText()).isEqualTo("/HyperParameterTuningJobConfig");
    assertThat(first.path("range").path("start").path("line").asInt()).isEqualTo(2);
    assertThat(first.path("range").path("start").path("column").asInt()).isEqualTo(1);
    assertThat(first.path("range").path("end").path("column").asInt()).isEqualTo(30);
    assertThat(first.path("fixes").isArray()).isTrue();
    JsonNode summary = report.path("summary");
    assertThat(summary.path("files").asInt()).isEqualTo(1);
    assertThat(summary.path("errors").asInt())
        .isEqualTo(report.path("files").get(0).path("diagnostics").size());
    assertThat(summary.has("warnings")).isTrue();
    assertThat(summary.has("infos")).isTrue();
  }

  @Test
  void standardInputIsReadWithTheGivenNameAndItsSyntax() {
    CliRun run =
        CliRun.withStdin(
            "HyperParameterTuningJobName: a_b\n".getBytes(StandardCharsets.UTF_8),
            "lint",
            "--stdin-filename",
            "piped.yaml",
            "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("piped.yaml:1:30: error HPO-NAME-PATTERN");
  }

  @Test
  void directoriesAreSearchedForRequestsOnly() throws IOException {
    write("jobs/a.json", VALID);
    write("jobs/nested/b.yaml", "HyperParameterTuningJobName: b\n");
    write("jobs/package.json", "{\"name\": \"not-a-request\"}");
    write("jobs/.hidden/c.json", VALID);
    write("jobs/node_modules/d.json", VALID);
    CliRun run = CliRun.of("lint", "--format", "json", dir.resolve("jobs").toString());
    assertThat(run.out())
        .contains("a.json")
        .contains("b.yaml")
        .doesNotContain("package.json")
        .doesNotContain("c.json")
        .doesNotContain("d.json");
  }

  @Test
  void aDirectoryWithoutRequestsSaysSoAndPasses() throws IOException {
    write("docs/package.json", "{\"name\": \"not-a-request\"}");
    CliRun run = CliRun.of("lint", dir.resolve("docs").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("no tuning-job request found in " + dir.resolve("docs"));
  }

  @Test
  void unreadablePathsExitTwoWithAOneLineMessage() {
    CliRun run = CliRun.of("lint", dir.resolve("missing.json").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read").contains("missing.json").contains("no such file");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void failOnDecidesTheExitCode() throws IOException {
    Path file = write("job.json", VALID.replace("\"Random\"", "\"random\""));
    assertThat(CliRun.of("lint", "--fail-on", "none", file.toString()).exitCode()).isZero();
    assertThat(CliRun.of("lint", "--fail-on", "warning", file.toString()).exitCode()).isEqualTo(1);
    assertThat(CliRun.of("lint", "--fail-on", "sometimes", file.toString()).exitCode())
        .isEqualTo(2);
  }

  @Test
  void usageErrorsExitTwo() {
    CliRun run = CliRun.of("lint", "--no-such-option", "x.json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option").contains("--help");
    assertThat(CliRun.of("lint").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("lint", "--format", "xml", "x.json").exitCode()).isEqualTo(2);
  }
}
