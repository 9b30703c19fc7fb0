package dev.hpolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Describe response pasted back as a request: --fix removes what only Describe returns, but not
 * the evidence that the request still carries the existing job's name, so the run keeps failing
 * until the user renames the job.
 */
class FixDescribeOutputTest {
  @TempDir Path dir;

  /** A valid request with two members only a Describe response has, naming the same job. */
  private static final String DESCRIBED =
      LintCommandTest.VALID.replace(
          "\"HyperParameterTuningJobName\": \"churn-xgb\",",
          "\"HyperParameterTuningJobName\": \"churn-xgb\",\n  \"HyperParameterTuningJobArn\":"
              + " \"arn:aws:sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/churn-xgb\",\n"
              + "  \"HyperParameterTuningJobStatus\": \"Completed\",");

  @Test
  void theDescribedJobsArnStaysUntilTheJobIsRenamed() throws IOException {
    Path job = dir.resolve("job.json");
    Files.writeString(job, DESCRIBED);

    CliRun first = CliRun.of("lint", "--fix", "--color=never", job.toString());
    String afterFirst = Files.readString(job);
    assertThat(afterFirst).doesNotContain("HyperParameterTuningJobStatus");
    assertThat(afterFirst).contains("HyperParameterTuningJobArn");
    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(first.out()).contains("HPO-DESCRIBE-NAME-REUSE").contains("rename the job first");

    Files.writeString(job, afterFirst.replace("\"churn-xgb\",", "\"churn-xgb-v2\","));
    CliRun second = CliRun.of("lint", "--fix", "--color=never", job.toString());
    assertThat(Files.readString(job)).doesNotContain("HyperParameterTuningJobArn");
    assertThat(second.exitCode()).isZero();
  }
}
