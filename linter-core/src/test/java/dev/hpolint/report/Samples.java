package dev.hpolint.report;

import dev.hpolint.api.LintConfig;
import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.RelatedLocation;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.diagnostic.TextEdit;
import dev.hpolint.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs the reports are tested on: real findings of the linter, and hand-made awkward ones. */
final class Samples {
  static final Linter LINTER = Linter.create(LintConfig.DEFAULT);

  static final String BROKEN_YAML =
      """
      # a comment the fixes must keep
      HyperParameterTuningJobName: churn_xgb
      HyperParameterTuningJobConfig:
        Strategy: bayesian
        ResourceLimits:
          MaxNumberOfTrainingJobs: 10
          MaxParallelTrainingJobs: 2
        TrainingJobEarlyStoppingType: OFF
      """;

  private Samples() {}

  /** A real run over one broken file in a folder whose name needs percent-encoding. */
  static List<FileReport> brokenRun() {
    String path = "jobs/with space/broken.yaml";
    LintResult result = LINTER.lint(path, BROKEN_YAML.getBytes(StandardCharsets.UTF_8));
    return List.of(new FileReport(path, result));
  }

  /**
   * A finding with everything a report may have to carry: a related location, two fixes, and a
   * message with the characters each format must escape.
   */
  static FileReport awkward() {
    SourceText source = SourceText.of("odd.json", "{\n  \"A\": 1,\n  \"A\": 2\n}\n");
    Diagnostic finding =
        new Diagnostic(
            "DUPLICATE-KEY",
            Severity.WARNING,
            "A appears twice: <first> & \"second\", 100% sure,\nsee line 2\u0001",
            "/A",
            source.range(14, 17),
            List.of(
                new Fix(
                    "Remove the second A", List.of(new TextEdit(source.range(10, 20), "")), true),
                new Fix("Rename it", List.of(new TextEdit(source.range(14, 17), "\"B\"")), false)),
            List.of(new RelatedLocation(source.range(4, 7), "first A here")));
    Diagnostic info = new Diagnostic("HPO-ADVICE", Severity.INFO, "Advice", "", source.range(0, 0));
    List<Diagnostic> findings = new ArrayList<>(List.of(finding, info));
    return new FileReport("odd.json", new LintResult(source, findings, 0));
  }
}
