package dev.hpolint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report formats and files, --fix, --dry-run and baselines, as a user runs them. */
class IntegrationOptionsTest {
  @TempDir Path dir;

  /** A complete request but for two letter-case mistakes, both safely fixable. */
  private static final String BROKEN =
      """
      # tuned nightly
      HyperParameterTuningJobName: churn-xgb
      HyperParameterTuningJobConfig:
        Strategy: bayesian   # the default
        HyperParameterTuningJobObjective:
          Type: Maximize
          MetricName: validation:auc
        ResourceLimits:
          MaxNumberOfTrainingJobs: 10
          MaxParallelTrainingJobs: 2
        ParameterRanges:
          ContinuousParameterRanges:
            - Name: eta
              MinValue: '0.1'
              MaxValue: '0.5'
        TrainingJobEarlyStoppingType: OFF
      TrainingJobDefinition:
        AlgorithmSpecification:
          TrainingImage: 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1
          TrainingInputMode: File
        RoleArn: arn:aws:iam::123456789012:role/SageMakerRole
        OutputDataConfig:
          S3OutputPath: s3://example-bucket/output/
        ResourceConfig:
          InstanceType: ml.m5.xlarge
          InstanceCount: 1
          VolumeSizeInGB: 30
        StoppingCondition:
          MaxRuntimeInSeconds: 3600
      """;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void severalFormatsInOneRunGoToTheirFilesAndOneToTheConsole() throws IOException {
    Path job = write("job.yaml", BROKEN);
    Path sarif = dir.resolve("reports/hpolint.sarif");
    Path junit = dir.resolve("reports/TEST-hpolint.xml");
    CliRun run =
        CliRun.of(
            "lint",
            "--format",
            "github,sarif=" + sarif,
            "--format",
            "junit=" + junit,
            job.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("::error file=").contains("title=HPO-ENUM-CASE::");
    JsonNode report = new ObjectMapper().readTree(sarif.toFile());
    assertThat(report.path("version").asText()).isEqualTo("2.1.0");
    assertThat(report.path("runs").get(0).path("results").size()).isEqualTo(2);
    assertThat(Files.readString(junit)).contains("<failure type=\"HPO-ENUM-CASE\"");
    try (Stream<Path> listing = Files.list(dir.resolve("reports"))) {
      assertThat(listing).as("no temporary file is left behind").hasSize(2);
    }
  }

  @Test
  void outputTakesTheFormatWithoutAFile() throws IOException {
    Path job = write("job.yaml", BROKEN);
    Path out = dir.resolve("checkstyle.xml");
    CliRun run =
        CliRun.of("lint", "--format", "checkstyle", "--output", out.toString(), job.toString());
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out)).contains("<checkstyle version=\"8.0\">");
  }

  @Test
  void formatMistakesAreUsageErrors() throws IOException {
    Path job = write("job.yaml", BROKEN);
    CliRun two = CliRun.of("lint", "--format", "text,json", job.toString());
    assertThat(two.exitCode()).isEqualTo(2);
    assertThat(two.err()).contains("only one report can go to standard output");
    CliRun unknown = CliRun.of("lint", "--format", "html", job.toString());
    assertThat(unknown.err()).contains("text, json, sarif, junit, checkstyle, github");
    CliRun noFile = CliRun.of("lint", "--format", "sarif=", job.toString());
    assertThat(noFile.exitCode()).isEqualTo(2);
    CliRun unwritable =
        CliRun.of("lint", "--format", "sarif=" + job.resolve("x.sarif"), job.toString());
    assertThat(unwritable.exitCode()).isEqualTo(2);
    assertThat(unwritable.err()).contains("cannot write the sarif report");
  }

  @Test
  void fixRewritesInPlaceKeepingCommentsAndSaysWhatChanged() throws IOException {
    Path job = write("job.yaml", BROKEN);
    CliRun run = CliRun.of("lint", "--fix", "--color=never", job.toString());
    assertThat(Files.readString(job))
        .isEqualTo(BROKEN.replace("bayesian", "Bayesian").replace(": OFF", ": \"Off\""));
    assertThat(run.err())
        .contains("hpolint: fixed 2 problems in 1 file (HPO-ENUM-CASE 2)")
        .contains(job + ": 2");
    // Both findings are gone, so the run passes.
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No problems found in 1 file.");
  }

  @Test
  void fixKeepsWindowsLineEndsAndTheByteOrderMark() throws IOException {
    Path job = dir.resolve("job.yaml");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = BROKEN.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    Files.write(job, concat(bom, text));
    CliRun run = CliRun.of("lint", "--fix", job.toString());
    byte[] after = Files.readAllBytes(job);
    assertThat(after).startsWith(bom);
    String fixed = new String(after, 3, after.length - 3, StandardCharsets.UTF_8);
    assertThat(fixed).contains("Strategy: Bayesian   # the default\r\n");
    assertThat(fixed.replace("\r\n", "")).doesNotContain("\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aFileThatCannotBeWrittenIsLeftAsItWasAndSaidSo() throws IOException {
    Path folder = dir.resolve("locked");
    Path job = write("locked/job.yaml", BROKEN);
    folder.toFile().setWritable(false);
    try {
      assumeFalse(Files.isWritable(folder), "the tests run as a user who can write anywhere");
      CliRun run = CliRun.of("lint", "--fix", "--color=never", job.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("cannot write the fixes to " + job);
      assertThat(run.out()).contains("HPO-ENUM-CASE");
      assertThat(Files.readString(job)).isEqualTo(BROKEN);
    } finally {
      folder.toFile().setWritable(true);
    }
  }

  @Test
  void dryRunPrintsAUnifiedDiffAndChangesNothing() throws IOException {
    Path job = write("job.yaml", BROKEN);
    CliRun run = CliRun.of("lint", "--fix", "--dry-run", "--color=never", job.toString());
    assertThat(Files.readString(job)).isEqualTo(BROKEN);
    assertThat(run.out())
        .startsWith("--- a" + job + "\n+++ b" + job + "\n@@ -1,7 +1,7 @@\n")
        .contains("-  Strategy: bayesian   # the default\n+  Strategy: Bayesian   # the default\n")
        .contains(
            "-  TrainingJobEarlyStoppingType: OFF\n+  TrainingJobEarlyStoppingType: \"Off\"\n");
    assertThat(run.err()).contains("would fix 2 problems in 1 file");
    // The report goes to standard error so the diff can be piped to patch; the exit code is that
    // of the findings that would remain.
    assertThat(run.err()).contains("No problems found");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void fixingStandardInputWritesTheFixedTextToStandardOutput() {
    CliRun run =
        CliRun.withStdin(
            BROKEN.getBytes(StandardCharsets.UTF_8),
            "lint",
            "--fix",
            "--stdin-filename",
            "job.yaml",
            "-");
    assertThat(run.out())
        .isEqualTo(BROKEN.replace("bayesian", "Bayesian").replace(": OFF", ": \"Off\""));
    assertThat(run.err()).contains("fixed 2 problems").contains("No problems found");
  }

  @Test
  void remainingFindingsStillFailAfterFixing() throws IOException {
    Path job = write("job.yaml", BROKEN.replace("churn-xgb", "churn_xgb"));
    CliRun run = CliRun.of("lint", "--fix", "--color=never", job.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("HPO-NAME-PATTERN").doesNotContain("HPO-ENUM-CASE");
  }

  @Test
  void baselineHidesRecordedFindingsEvenWhenLinesMoveButNotNewOnes() throws IOException {
    Path job = write("jobs/job.yaml", BROKEN);
    Path baseline = dir.resolve("hpolint-baseline.json");
    CliRun record = CliRun.of("lint", "--write-baseline", baseline.toString(), job.toString());
    assertThat(record.exitCode()).isZero();
    assertThat(record.err()).contains("recorded 2 findings in the baseline");
    assertThat(Files.readString(baseline)).contains("\"file\" : \"jobs/job.yaml\"");

    write("jobs/job.yaml", "# a new first line\n" + BROKEN);
    CliRun quiet = CliRun.of("lint", "--baseline", baseline.toString(), job.toString());
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.err()).contains("2 findings left out: recorded in the baseline");

    write("jobs/job.yaml", BROKEN.replace("Maximize", "x").replace("churn-xgb", "churn_xgb"));
    CliRun fresh =
        CliRun.of("lint", "--color=never", "--baseline", baseline.toString(), job.toString());
    assertThat(fresh.exitCode()).isEqualTo(1);
    assertThat(fresh.out()).contains("HPO-NAME-PATTERN").doesNotContain("HPO-ENUM-CASE");
  }

  @Test
  void aMissingOrBrokenBaselineIsAnErrorInWords() throws IOException {
    Path job = write("job.yaml", BROKEN);
    CliRun missing =
        CliRun.of("lint", "--baseline", dir.resolve("none.json").toString(), job.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file").doesNotContain("Exception");
    Path broken = write("b.json", "[]");
    CliRun bad = CliRun.of("lint", "--fix", "--baseline", broken.toString(), job.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("not an hpolint baseline");
    assertThat(Files.readString(job))
        .as("nothing is fixed before the baseline is read")
        .isEqualTo(BROKEN);
  }

  @Test
  void requestsOnlySkipsNamedFilesThatAreNotRequests() throws IOException {
    Path job = write("job.yaml", BROKEN);
    Path other = write("package.json", "{\"name\": \"web\"}");
    CliRun run =
        CliRun.of("lint", "--requests-only", "--format", "json", job.toString(), other.toString());
    assertThat(run.out()).contains("job.yaml").doesNotContain("package.json");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
