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

  private static final String DESCRIBED =
      """
      {
        "HyperParameterTuningJobName": "churn-xgb",
        "HyperParameterTuningJobArn": "arn:aws:sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/churn-xgb",
        "HyperParameterTuningJobStatus": "Completed",
        "HyperParameterTuningJobConfig": {
          "Strategy": "Random",
          "HyperParameterTuningJobObjective": {"Type": "Maximize", "MetricName": "validation:auc"},
          "ResourceLimits": {"MaxNumberOfTrainingJobs": 10, "MaxParallelTrainingJobs": 2},
          "ParameterRanges": {
            "ContinuousParameterRanges": [{"Name": "eta", "MinValue": "0.1", "MaxValue": "0.5"}]
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
